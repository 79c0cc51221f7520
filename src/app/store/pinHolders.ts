import type { AppDb } from './db';

/** The people who have set a PIN on this device. */
export async function pinHolders(db: AppDb): Promise<string[]> {
  return (await db.pins.toCollection().primaryKeys()) as string[];
}
