import type { AppDb } from './db';

/** A client seen recently on this device, with what the last contact said about them. */
export type RecentClient = {
  clientRef: string;
  lastDate: string;
  subContractId: string;
  /** From the latest contact: so a returning client's categories need not be asked again. */
  demographics: Record<string, string>;
};

/**
 * The client refs of the most recent contacts and outcomes, newest first, one entry per ref.
 * Walks the date index backwards and stops at `limit`, so it stays quick with many records.
 */
export async function recentClients(db: AppDb, { limit = 30 }: { limit?: number } = {}): Promise<RecentClient[]> {
  const found = new Map<string, RecentClient>();
  await db.records
    .orderBy('date')
    .reverse()
    .until(() => found.size >= limit)
    .each((row) => {
      if (row.deleted || (row.type !== 'contact' && row.type !== 'outcome')) return;
      if (found.has(row.clientRef)) return;
      found.set(row.clientRef, {
        clientRef: row.clientRef,
        lastDate: row.date,
        subContractId: row.subContractId,
        demographics: row.type === 'contact' ? row.demographics : {},
      });
    });
  return [...found.values()];
}
