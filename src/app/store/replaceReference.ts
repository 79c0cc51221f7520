import type { ReferenceData } from '../../core/schemas';
import type { AppDb } from './db';
import { NotEnrolledError } from './errors';
import { storageError } from './storageError';
import { THIS_DEVICE } from './types';

/** Replaces the member's reference data with a newer copy from the hub (the sync client's pull). */
export async function replaceReference(db: AppDb, data: ReferenceData, { now = new Date() }: { now?: Date } = {}): Promise<void> {
  try {
    await db.transaction('rw', [db.device, db.reference], async () => {
      if (!(await db.device.get(THIS_DEVICE))) throw new NotEnrolledError();
      await db.reference.put({ key: THIS_DEVICE, data, receivedAt: now.toISOString() });
    });
  } catch (error) {
    throw storageError(error);
  }
}
