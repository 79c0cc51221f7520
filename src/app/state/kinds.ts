import type { PersonRole, RecordType } from '../../core/schemas';

/** The four kinds of record, as the screens name them. */
export const RECORD_KINDS: Record<RecordType, { type: RecordType; one: string; many: string; hint: string; noun: string }> = {
  contact: { type: 'contact', noun: 'Contact', one: 'Contact or session', many: 'Contacts and sessions', hint: 'A client you supported: who, when, and how much help' },
  outcome: { type: 'outcome', noun: 'Outcome', one: 'Outcome', many: 'Outcomes', hint: 'Something a client achieved, with a note of the evidence' },
  'volunteer-hours': { type: 'volunteer-hours', noun: 'Volunteer hours', one: 'Volunteer hours', many: 'Volunteer hours', hint: 'Time a volunteer gave, and what they did' },
  spend: { type: 'spend', noun: 'Spend line', one: 'Spend line', many: 'Spend', hint: 'Money spent against a budget line (managers)' },
};

/** What each role records and sees (DESIGN §6): volunteers only their hours; spend is for managers. */
export function kindsFor(role: PersonRole): RecordType[] {
  if (role === 'volunteer') return ['volunteer-hours'];
  if (role === 'staff') return ['contact', 'outcome', 'volunteer-hours'];
  return ['contact', 'outcome', 'volunteer-hours', 'spend'];
}

export function isRecordType(value: string): value is RecordType {
  return value in RECORD_KINDS;
}
