import type { AppDb } from './db';
import type { StoredRecord } from './types';

/** One record by id, deleted or not; undefined when the device has never had it. */
export function getRecord(db: AppDb, id: string): Promise<StoredRecord | undefined> {
  return db.records.get(id);
}
