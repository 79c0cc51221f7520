import type { RecordData, ReferenceData } from '../../../core/schemas';
import type { Change } from '../../../core/sync';
import { describeDate, quarterLabel } from '../../../core/time';

const KIND: Record<RecordData['type'], string> = {
  contact: 'Contact',
  outcome: 'Outcome',
  'volunteer-hours': 'Volunteer hours',
  spend: 'Spend',
};

/** "Contact with BRK-0042 on Fri 1 May 2026", for lists of changes. */
export function describeRecord(record: RecordData | undefined, reference: ReferenceData | null | undefined): string {
  if (!record) return 'A record no longer on this device';
  const name = (id: string) => reference?.people.find((p) => p.id === id)?.displayName ?? id;
  switch (record.type) {
    case 'contact':
      return `Contact with ${record.clientRef} on ${describeDate(record.date)}`;
    case 'outcome':
      return `Outcome for ${record.clientRef} on ${describeDate(record.date)}`;
    case 'volunteer-hours':
      return `${record.hours} volunteer hours by ${name(record.volunteerId)} on ${describeDate(record.date)}`;
    case 'spend':
      return `Spend of ${pounds(record.amountPence)} in ${quarterLabel(record.quarter)}`;
  }
}

/** What a change in the outbox is about, in a few words. */
export function describeChange(change: Change, record: RecordData | undefined, reference: ReferenceData | null | undefined): string {
  const subContract = (id: string) => reference?.subContracts.find((s) => s.id === id)?.name ?? id;
  switch (change.entity) {
    case 'record':
      return describeRecord(record, reference);
    case 'return':
      return `Return for ${subContract(change.data.subContractId)}, ${quarterLabel(change.data.quarter)} (version ${change.data.version})`;
    case 'query-answer':
      return 'Answer to a question from the hub';
    case 'extension-request':
      return `Request for more time: ${subContract(change.data.subContractId)}, ${quarterLabel(change.data.quarter)}`;
  }
}

/** The record's answers as label/value rows, for showing two versions side by side. */
export function recordFields(record: RecordData, reference: ReferenceData | null | undefined): [string, string][] {
  const find = <T extends { id: string }>(list: T[] | undefined, id: string) => list?.find((x) => x.id === id);
  const rows: [string, string][] = [
    ['Type', KIND[record.type]],
    ['Sub-contract', find(reference?.subContracts, record.subContractId)?.name ?? record.subContractId],
  ];
  switch (record.type) {
    case 'contact': {
      rows.push(['Date', describeDate(record.date)], ['Client ref', record.clientRef], ['Service', record.service || 'None given']);
      rows.push(['New or returning', record.isNew ? 'New' : 'Returning'], ['Interventions', String(record.interventions)]);
      for (const [setId, categoryId] of Object.entries(record.demographics).sort()) {
        const set = find(reference?.categorySets, setId);
        rows.push([set?.name ?? setId, set?.categories.find((c) => c.id === categoryId)?.label ?? categoryId]);
      }
      break;
    }
    case 'outcome':
      rows.push(['Date', describeDate(record.date)], ['Client ref', record.clientRef]);
      rows.push(['Outcome', find(reference?.indicators, record.indicatorId)?.name ?? record.indicatorId], ['Evidence', record.evidenceNote]);
      break;
    case 'volunteer-hours':
      rows.push(['Date', describeDate(record.date)], ['Volunteer', find(reference?.people, record.volunteerId)?.displayName ?? record.volunteerId]);
      rows.push(['Role', find(reference?.volunteerRoles, record.roleId)?.name ?? record.roleId], ['Hours', String(record.hours)], ['Activity', record.activity]);
      break;
    case 'spend':
      rows.push(['Quarter', quarterLabel(record.quarter)], ['Budget line', record.lineId], ['Amount', pounds(record.amountPence)], ['Note', record.note || 'None given']);
      break;
  }
  rows.push(['Last changed by', find(reference?.people, record.personId)?.displayName ?? record.personId]);
  return rows;
}

function pounds(pence: number): string {
  return `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
