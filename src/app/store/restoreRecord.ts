import { RecordData } from '../../core/schemas';
import { recordToChange, writeChange } from './changeContext';
import type { AppDb } from './db';
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
  return inRecordChange(db, personId, async (context) => {
    const existing = await recordToChange(db, id, context, { deleted: true, otherwise: 'This record is not deleted, so there is nothing to undo.' });
    const { person } = context;
    // The stored row also has `deleted` and `quarter`; RecordData drops them for the wire.
    const record = RecordData.parse({ ...existing, version: existing.version + 1, updatedAt: at, personId: person.id });
    const row: StoredRecord = { ...record, deleted: 0, quarter: existing.quarter };
    await writeChange(db, row, 'upsert', record, person.id, at);
    return row;
  });
}
