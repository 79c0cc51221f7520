import { computed } from '@preact/signals';
import type { Person } from '../../core/schemas';
import type { StoredRecord } from '../store/types';
import { quarterRecords } from './appState';
import { currentPerson } from './session';

/**
 * What a person may see of the records (DESIGN §6): a volunteer sees only their own volunteer
 * hours; managers and staff see everything of their member. Nobody unlocked sees nothing.
 */
export function visibleRecordsFor(person: Person | null, records: readonly StoredRecord[]): readonly StoredRecord[] {
  if (!person) return [];
  if (person.role === 'volunteer') return records.filter((r) => r.type === 'volunteer-hours' && r.volunteerId === person.id);
  return records; // not a copy: thousands of records, after every save
}

/** The current quarter's records the unlocked person may see. */
export const visibleRecords = computed(() => visibleRecordsFor(currentPerson.value, quarterRecords.value));
