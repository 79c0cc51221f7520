import { changeRefusal } from './changeRefusal';
import { assertQuarterOpen, writeChange } from './changeContext';
import type { AppDb } from './db';
import { NotAllowedError, RecordNotFoundError } from './errors';
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
  return inRecordChange(db, personId, async ({ reference, person }) => {
    const existing = await db.records.get(id);
    if (!existing || existing.deleted) throw new RecordNotFoundError('This record does not exist or was already deleted.');
    const refusal = changeRefusal(person, existing, existing);
    if (refusal) throw new NotAllowedError(refusal);
    assertQuarterOpen(reference, existing.subContractId, existing.quarter);

    const row: StoredRecord = { ...existing, deleted: 1, version: existing.version + 1, updatedAt: at, personId: person.id };
    await writeChange(db, row, 'delete', null, person.id, at);
    return row;
  });
}
