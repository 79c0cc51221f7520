import type { AppDb } from './db';
import type { MetaKey, MetaValues } from './types';

/** One value of the sync meta table (clockSkewMs, lastSyncAt, pullCursor); undefined when never set. */
export async function getMeta<K extends MetaKey>(db: AppDb, key: K): Promise<MetaValues[K] | undefined> {
  const row = await db.meta.get(key);
  return row?.value as MetaValues[K] | undefined;
}

export async function setMeta<K extends MetaKey>(db: AppDb, key: K, value: MetaValues[K]): Promise<void> {
  await db.meta.put({ key, value });
}
