import { RecordData } from '../../core/schemas';
import { changeRefusal } from './changeRefusal';
import { assertQuarterOpen, writeChange } from './changeContext';
import type { AppDb } from './db';
import { NotAllowedError, RecordNotFoundError } from './errors';
import { inRecordChange } from './recordChange';
import type { StoredRecord } from './types';

/**
 * Undoes a delete: the record comes back as a new version (an 'upsert' change), so the hub and
 * every other device see the delete and then the restore, in order.
 */
export async function restoreRecord(
  db: AppDb,
  id: string,
  personId: string,
  { now = new Date() }: { now?: Date } = {},
): Promise<StoredRecord> {
  const at = now.toISOString();
  return inRecordChange(db, personId, async ({ reference, person }) => {
    const existing = await db.records.get(id);
    if (!existing) throw new RecordNotFoundError('This record does not exist.');
    if (!existing.deleted) throw new RecordNotFoundError('This record is not deleted, so there is nothing to undo.');
    const refusal = changeRefusal(person, existing, existing);
    if (refusal) throw new NotAllowedError(refusal);
    assertQuarterOpen(reference, existing.subContractId, existing.quarter);

    // The stored row also has `deleted` and `quarter`; RecordData drops them for the wire.
    const record = RecordData.parse({ ...existing, version: existing.version + 1, updatedAt: at, personId: person.id });
    const row: StoredRecord = { ...record, deleted: 0, quarter: existing.quarter };
    await writeChange(db, row, 'upsert', record, person.id, at);
    return row;
  });
}
