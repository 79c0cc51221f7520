import { getRecord } from '../store/getRecord';
import type { StoredRecord } from '../store/types';
import { activeDb } from './appState';

/** One record by id, for the edit page (live query). */
export function recordQuery(id: string): () => Promise<StoredRecord | null> {
  return async () => (await getRecord(activeDb(), id)) ?? null;
}
