import type { Person, RecordData } from '../../core/schemas';

/**
 * Why `person` may not make this change, or null when they may (DESIGN §6): volunteers log and
 * change only their own hours; only managers record spend; everyone else records the rest.
 * `existing` is the record as it was before an edit or delete.
 */
export function changeRefusal(person: Person, record: RecordData, existing?: RecordData): string | null {
  if (!person.active) return `${person.displayName} is no longer active on this member’s devices.`;
  if (record.memberId !== person.memberId) return `${person.displayName} does not belong to this member.`;
  for (const r of existing ? [record, existing] : [record]) {
    if (person.role === 'volunteer') {
      if (r.type !== 'volunteer-hours') return 'Volunteers can only log their own volunteer hours.';
      if (r.volunteerId !== person.id) return 'Volunteers can only log and change their own hours.';
    }
    if (r.type === 'spend' && person.role !== 'manager') return 'Only a manager can record spend.';
  }
  return null;
}
