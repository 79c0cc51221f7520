import { Fragment } from 'preact';
import type { ReferenceData } from '../../../core/schemas';
import { describeDate, quarterLabel } from '../../../core/time';
import { penceToPounds } from '../../state/forms/spendForm';
import type { StoredRecord } from '../../store/types';

const personName = (ref: ReferenceData, id: string) => ref.people.find((p) => p.id === id)?.displayName ?? 'Someone no longer listed';

function facts(r: StoredRecord, ref: ReferenceData): [string, string][] {
  switch (r.type) {
    case 'contact':
      return [
        ['Client', r.isNew ? 'New' : 'Returning'],
        ['Interventions', String(r.interventions)],
        ...(r.service ? ([['Service', r.service]] as [string, string][]) : []),
        ['Recorded by', personName(ref, r.personId)],
      ];
    case 'outcome':
      return [
        ['Outcome', ref.indicators.find((i) => i.id === r.indicatorId)?.name ?? r.indicatorId],
        ['Evidence', r.evidenceNote],
        ['Recorded by', personName(ref, r.personId)],
      ];
    case 'volunteer-hours':
      return [
        ['Hours', String(r.hours)],
        ['Role', ref.volunteerRoles.find((x) => x.id === r.roleId)?.name ?? r.roleId],
        ['Activity', r.activity],
      ];
    case 'spend': {
      const sub = ref.subContracts.find((s) => s.id === r.subContractId);
      const line = ref.templates.find((t) => t.id === sub?.templateId)?.financeLines.find((l) => l.id === r.lineId);
      return [
        ['Budget line', line?.label ?? r.lineId],
        ['Amount', `£${penceToPounds(r.amountPence)}`],
        ...(r.note ? ([['Note', r.note]] as [string, string][]) : []),
      ];
    }
  }
}

function title(r: StoredRecord, ref: ReferenceData): string {
  switch (r.type) {
    case 'contact':
    case 'outcome':
      return `${r.clientRef}, ${describeDate(r.date)}`;
    case 'volunteer-hours':
      return `${personName(ref, r.volunteerId)}, ${describeDate(r.date)}`;
    case 'spend':
      return `Spend, ${quarterLabel(r.quarter)}`;
  }
}

/** One record in a list, with Change and Delete while it may be changed, or why it may not. */
export function RecordCard(props: {
  record: StoredRecord;
  reference: ReferenceData;
  showSubContract: boolean;
  readOnlyReason: string | null;
  onDelete: () => void;
}) {
  const { record: r, reference } = props;
  const heading = title(r, reference);
  const rows = facts(r, reference);
  if (props.showSubContract) rows.unshift(['Sub-contract', reference.subContracts.find((s) => s.id === r.subContractId)?.name ?? r.subContractId]);
  return (
    <li class="app-record" data-testid="record" data-record-id={r.id}>
      <h3 class="app-record__title">{heading}</h3>
      <dl class="app-record__facts">
        {rows.map(([k, v]) => (
          <Fragment key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </Fragment>
        ))}
      </dl>
      <div class="app-record__actions">
        {props.readOnlyReason ? (
          <span class="app-tag app-tag--grey">Read only</span>
        ) : (
          <>
            <a href={`/records/${encodeURIComponent(r.id)}/edit`}>
              Change<span class="app-visually-hidden"> {heading}</span>
            </a>
            <button type="button" class="app-link-button" onClick={props.onDelete}>
              Delete<span class="app-visually-hidden"> {heading}</span>
            </button>
          </>
        )}
      </div>
    </li>
  );
}
