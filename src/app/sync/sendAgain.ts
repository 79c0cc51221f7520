import type { AppDb } from '../store/db';
import { StoreError } from '../store/errors';
import { uuidv7 } from '../store/uuidv7';

/**
 * Sends a quarantined change again as it is (say, after the hub's set-up was corrected). It gets
 * a new change id: the hub answers a change id it has refused with the same refusal for ever.
 */
export async function sendAgain(db: AppDb, seq: number, { now = new Date() }: { now?: Date } = {}): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const entry = await db.outbox.get(seq);
    if (!entry || entry.status !== 'quarantined') throw new StoreError('This change is no longer waiting to be fixed. Nothing was changed.');
    await db.outbox.put({
      ...entry,
      change: { ...entry.change, changeId: uuidv7(now.getTime()) },
      status: 'pending',
      findings: [],
      lastError: null,
    });
  });
}
