import type { QuarterId, RecordType } from '../../core/schemas';
import type { AppDb } from './db';
import type { StoredRecord } from './types';

export type RecordQuery = { quarter: QuarterId; type?: RecordType; includeDeleted?: boolean };

/** The records counting in a quarter (of one type, if given), through the [quarter+type] index. */
export async function queryRecords(db: AppDb, { quarter, type, includeDeleted = false }: RecordQuery): Promise<StoredRecord[]> {
  const rows =
    type === undefined
      ? await db.records.where('quarter').equals(quarter).toArray()
      : await db.records.where('[quarter+type]').equals([quarter, type]).toArray();
  return includeDeleted ? rows : rows.filter((r) => r.deleted === 0);
}
