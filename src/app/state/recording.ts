import { deleteRecord } from '../store/deleteRecord';
import { restoreRecord } from '../store/restoreRecord';
import { saveRecord, type RecordInput } from '../store/saveRecord';
import type { StoredRecord } from '../store/types';
import { activeDb, noteCommitted } from './appState';
import { currentPerson } from './session';

function personId(): string {
  const person = currentPerson.value;
  if (!person) throw new Error('Choose who is using this device before recording anything.');
  return person.id;
}

/** The saved row goes straight into the lists, before the database's change event arrives. */
async function shown(saving: Promise<StoredRecord>): Promise<StoredRecord> {
  const row = await saving;
  noteCommitted([row]);
  return row;
}

/** Saves (or edits) a record as the unlocked person; the outbox entry is written with it. */
export function saveAsCurrentPerson(input: RecordInput): Promise<StoredRecord> {
  return shown(saveRecord(activeDb(), input, personId()));
}

export function deleteAsCurrentPerson(id: string): Promise<StoredRecord> {
  return shown(deleteRecord(activeDb(), id, personId()));
}

/** Undoes a delete, as a new version of the record. */
export function restoreAsCurrentPerson(id: string): Promise<StoredRecord> {
  return shown(restoreRecord(activeDb(), id, personId()));
}
