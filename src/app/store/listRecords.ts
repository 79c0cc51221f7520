import { liveQuery, type Observable } from 'dexie';
import type { AppDb } from './db';
import { queryRecords, type RecordQuery } from './queryRecords';
import type { StoredRecord } from './types';

/** queryRecords, kept up to date: emits again whenever a record of the quarter changes. */
export function listRecords(db: AppDb, query: RecordQuery): Observable<StoredRecord[]> {
  return liveQuery(() => queryRecords(db, query));
}
