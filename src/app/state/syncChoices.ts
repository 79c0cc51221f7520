import type { StoredRecord } from '../store/types';
import type { OutboxEntry } from '../store/types';
import { discardChange } from '../sync/discardChange';
import { resolveConflict, type ConflictChoice } from '../sync/resolveConflict';
import { sendAgain } from '../sync/sendAgain';
import { activeDb } from './appState';
import { currentPersonId } from './session';
import { requestSync } from './sync';

/** A change waiting for a person, with the record as it is on this device. */
export type WaitingChange = { entry: OutboxEntry & { seq: number }; record: StoredRecord | undefined };

/** The changes the hub refused or found in conflict, oldest first (for the sync screens). */
export async function changesNeedingPerson(): Promise<WaitingChange[]> {
  const db = activeDb();
  const entries = await db.outbox.where('status').anyOf('quarantined', 'conflict').toArray();
  entries.sort((a, b) => a.seq! - b.seq!);
  const records = await db.records.bulkGet(entries.map((e) => e.change.entityId));
  return entries.map((entry, i) => ({ entry: entry as OutboxEntry & { seq: number }, record: records[i] }));
}

/** One such change by its place in the queue; undefined when it has been dealt with. */
export async function changeNeedingPerson(seq: number): Promise<WaitingChange | undefined> {
  const db = activeDb();
  const entry = await db.outbox.get(seq);
  if (!entry || entry.status === 'pending') return undefined;
  return { entry: entry as OutboxEntry & { seq: number }, record: await db.records.get(entry.change.entityId) };
}

/** "Keep mine" / "Keep the hub's" on a conflict; then syncs. */
export async function settleConflict(seq: number, choice: ConflictChoice): Promise<void> {
  await resolveConflict(activeDb(), seq, choice, { ...(currentPersonId.value ? { personId: currentPersonId.value } : {}) });
  requestSync('person');
}

/** Sends a refused change again as it is; then syncs. */
export async function sendChangeAgain(seq: number): Promise<void> {
  await sendAgain(activeDb(), seq);
  requestSync('person');
}

/** Gives up a refused change (a refused new record leaves the device); then syncs. */
export async function giveUpChange(seq: number): Promise<void> {
  await discardChange(activeDb(), seq);
  requestSync('person');
}
