import type { Finding, RecordData } from '../../schemas';
import { type QuarterId, describeDate, quarterEnd, quarterStart } from '../../time';
import { formatFigure } from '../messages';
import { recordPath } from '../paths';
import type { RuleInput } from '../ruleInput';

const norm = (s: string) => s.trim().toLowerCase();

// The first-made record of a group is the original; the others are the duplicates.
const madeBefore = (a: RecordData, b: RecordData) => (a.createdAt !== b.createdAt ? a.createdAt < b.createdAt : a.id < b.id);

/**
 * A7 on a sub-contract's records of a quarter: the same client ref twice on the same day for the
 * same service, or the same volunteer hours entered twice (same volunteer, date, hours and
 * activity). Service and activity match ignoring case and surrounding spaces. Each duplicate (not
 * the original) is a warning needing an explanation, at `records.<id>`.
 */
export function findDuplicateRecords(records: readonly RecordData[], subContractId: string, quarter: QuarterId): Finding[] {
  const from = quarterStart(quarter);
  const to = quarterEnd(quarter);
  const groups = new Map<string, RecordData[]>();
  for (const r of records) {
    if (r.subContractId !== subContractId || r.type === 'spend' || r.type === 'outcome') continue;
    if (r.date < from || r.date > to) continue;
    const key =
      r.type === 'contact'
        ? `c\u0000${r.clientRef}\u0000${r.date}\u0000${norm(r.service)}`
        : `v\u0000${r.volunteerId}\u0000${r.date}\u0000${r.hours}\u0000${norm(r.activity)}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [r]);
    else group.push(r);
  }
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const original = group.reduce((a, b) => (madeBefore(b, a) ? b : a));
    for (const r of group) {
      if (r === original) continue;
      findings.push({ ruleId: 'A7', severity: 'warning', path: recordPath(r.id), message: describe(r, group.length), expected: 'one entry', actual: { duplicateOf: original.id } });
    }
  }
  return findings;
}

function describe(r: RecordData, count: number): string {
  const times = count === 2 ? 'twice' : `${count} times`;
  if (r.type === 'contact') {
    const service = r.service.trim() === '' ? '' : ` for “${r.service.trim()}”`;
    return `Client ${r.clientRef} has a contact${service} entered ${times} on ${describeDate(r.date)} — delete the duplicate, or explain why each is right`;
  }
  if (r.type === 'volunteer-hours') {
    return `Volunteer ${r.volunteerId} has ${formatFigure('hours', r.hours)} of “${r.activity.trim()}” entered ${times} on ${describeDate(r.date)} — delete the duplicate, or explain why each is right`;
  }
  return 'This record is entered more than once — delete the duplicate, or explain why each is right';
}

/** A7, from the aggregate computed once (see prepareRecordsAggregate). */
export function a7Duplicates(input: RuleInput): Finding[] {
  return input.records === null ? [] : [...input.records.duplicateFindings];
}
