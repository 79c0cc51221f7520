import type { AppDb } from './db';

/** Whether any record on this device (deleted ones too) already uses the client ref. */
export async function clientRefExists(db: AppDb, clientRef: string): Promise<boolean> {
  const wanted = clientRef.trim().toUpperCase();
  const hit = await db.records
    .filter((r) => (r.type === 'contact' || r.type === 'outcome') && r.clientRef.toUpperCase() === wanted)
    .first();
  return hit !== undefined;
}
