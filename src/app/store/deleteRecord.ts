import { recordToChange, writeChange } from './changeContext';
import type { AppDb } from './db';
import { inRecordChange } from './recordChange';
import type { StoredRecord } from './types';

/**
 * Deletes a record: the row stays, marked deleted with its version bumped, so that the delete
 * can travel to the hub and be undone (restoreRecord). Queues a 'delete' change in the same
 * transaction.
 */
export async function deleteRecord(
  db: AppDb,
  id: string,
  personId: string,
  { now = new Date() }: { now?: Date } = {},
): Promise<StoredRecord> {
  const at = now.toISOString();
  return inRecordChange(db, personId, async (context) => {
    const existing = await recordToChange(db, id, context, { deleted: false, otherwise: 'This record was already deleted.' });
    const row: StoredRecord = { ...existing, deleted: 1, version: existing.version + 1, updatedAt: at, personId: context.person.id };
    await writeChange(db, row, 'delete', null, context.person.id, at);
    return row;
  });
}
