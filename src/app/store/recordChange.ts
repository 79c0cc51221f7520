import type { ReferenceData } from '../../core/schemas';
import { type ChangeContext, inRecordTransaction, withPerson } from './changeContext';
import { newStampRow, readContextStamp } from './contextStamp';
import type { AppDb } from './db';
import { NotEnrolledError } from './errors';
import { referenceWithLocalReturns } from './returns/withLocalReturns';
import { THIS_DEVICE, type DeviceRow } from './types';

/** The context last read from a database, under the stamp it had then. Never changed once kept. */
type KeptContext = { stamp: string; device: DeviceRow; reference: ReferenceData };
const kept = new WeakMap<AppDb, KeptContext>();

/** The kept context turned out to be older than the database's: the attempt is undone and made again. */
class StaleContext extends Error {}

/**
 * Runs a change to a record (`body`, given the device, its set-up and the person) in one
 * inRecordTransaction, checked against the current context.
 *
 * Reading the reference data costs milliseconds on every save (it is large: profiles, past
 * returns), so the context last read is kept in memory with its context stamp (contextStamp.ts:
 * every write to the device, the reference data or the returns, from any tab, gives a new one).
 * With a kept context, the stamp read and the body's own reads and writes go to IndexedDB
 * together, in one transaction: if the stamp then differs, the body's outcome — written rows or
 * error — is thrown away (the transaction aborts, so nothing it wrote stays) and it runs again
 * with the context read afresh. So a change is never checked against a set-up older than the
 * one the database holds when it commits.
 */
export async function inRecordChange<T>(db: AppDb, personId: string, body: (context: ChangeContext) => Promise<T>): Promise<T> {
  const known = kept.get(db);
  if (known) {
    try {
      return await inRecordTransaction(db, async () => {
        const [stamp, outcome] = await Promise.allSettled([readContextStamp(db), attempt(() => body(withPerson(known, personId)))]);
        if (stamp.status === 'rejected') throw stamp.reason;
        if (stamp.value !== known.stamp) throw new StaleContext();
        if (outcome.status === 'rejected') throw outcome.reason;
        return outcome.value;
      });
    } catch (error) {
      if (!(error instanceof StaleContext)) throw error;
    }
  }
  return inRecordTransaction(db, async () => body(await readContext(db, personId)));
}

/** `run()` as a promise, even when it throws before its first await. */
async function attempt<T>(run: () => Promise<T>): Promise<T> {
  return run();
}

/** Reads the context (inside inRecordTransaction) and keeps it for the next change. */
async function readContext(db: AppDb, personId: string): Promise<ChangeContext> {
  const [stamp, device, reference] = await Promise.all([readContextStamp(db), db.device.get(THIS_DEVICE), db.reference.get(THIS_DEVICE)]);
  if (!device || !reference) throw new NotEnrolledError();
  const context = { device, reference: await referenceWithLocalReturns(db, reference.data) };
  let current = stamp;
  if (current === undefined) {
    // Nothing stamped since before stamps existed (an upgraded database): start them here.
    const row = newStampRow();
    await db.stamps.put(row);
    current = row.stamp;
  }
  kept.set(db, { stamp: current, ...context });
  return withPerson(context, personId);
}
