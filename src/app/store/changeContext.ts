import type { Person, QuarterId, RecordData, ReferenceData } from '../../core/schemas';
import { RecordChange } from '../../core/sync';
import type { AppDb } from './db';
import { changeRefusal } from './changeRefusal';
import { NotAllowedError, NotEnrolledError, QuarterSealedError, RecordNotFoundError, StoreError } from './errors';
import { quarterSealedIn, sealedReason } from './quarterSealedIn';
import { referenceWithLocalReturns } from './returns/withLocalReturns';
import { storageError } from './storageError';
import { THIS_DEVICE, type DeviceRow, type OutboxEntry, type StoredRecord } from './types';
import { uuidv7 } from './uuidv7';

/** What every change to a record needs to know: the device, its set-up and who is changing it. */
export type ChangeContext = { device: DeviceRow; reference: ReferenceData; person: Person };

/**
 * Runs `body` in ONE read-write transaction over everything a record change touches, so the
 * record and its outbox entry are written together or not at all (DESIGN §5). `body` must not
 * await anything but Dexie calls on these tables: awaiting a fetch or a timer would let
 * IndexedDB commit half-way (Dexie's PrematureCommitError). A full disk becomes StorageFullError.
 */
export async function inRecordTransaction<T>(db: AppDb, body: () => Promise<T>): Promise<T> {
  try {
    return await db.transaction('rw', [db.device, db.reference, db.records, db.outbox, db.returnVersions, db.returnDrafts, db.stamps], body);
  } catch (error) {
    throw storageError(error);
  }
}

/**
 * Reads the device, its reference data and the person (inside the transaction). The reference
 * data's returns include the ones sealed or drafted on this device (so a quarter is read-only as
 * soon as its return is sealed here): the transaction must include returnVersions and returnDrafts.
 */
export async function loadChangeContext(db: AppDb, personId: string): Promise<ChangeContext> {
  const [device, reference] = await Promise.all([db.device.get(THIS_DEVICE), db.reference.get(THIS_DEVICE)]);
  if (!device || !reference) throw new NotEnrolledError();
  return withPerson({ device, reference: await referenceWithLocalReturns(db, reference.data) }, personId);
}

/** The context with the person changing it, who must be one of the device's member's people. */
export function withPerson({ device, reference }: Omit<ChangeContext, 'person'>, personId: string): ChangeContext {
  const person = reference.people.find((p) => p.id === personId && p.memberId === device.memberId);
  if (!person) throw new NotAllowedError('Choose who is using this device before recording anything.');
  return { device, reference, person };
}

/** Refuses a change to a record whose quarter's return is sealed, naming the return. */
export function assertQuarterOpen(reference: ReferenceData, subContractId: string, quarter: QuarterId): void {
  const sealed = quarterSealedIn(reference, subContractId, quarter);
  if (sealed) throw new QuarterSealedError(sealedReason(reference, sealed));
}

/**
 * Writes the record row and its outbox entry; call inside inRecordTransaction. The change is
 * parsed with the core's wire schema, so a change the hub would refuse as malformed never
 * enters the queue.
 */
export async function writeChange(
  db: AppDb,
  row: StoredRecord,
  op: 'upsert' | 'delete',
  data: RecordData | null,
  personId: string,
  at: string,
): Promise<void> {
  const parsed = RecordChange.safeParse({
    changeId: uuidv7(),
    entity: 'record',
    entityId: row.id,
    op,
    version: row.version,
    baseVersion: row.version - 1,
    personId,
    deviceTime: at,
    data,
  });
  if (!parsed.success) throw new StoreError(`This change cannot be sent to the hub: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const entry: OutboxEntry = { change: parsed.data, status: 'pending', attempts: 0, lastError: null, findings: [], queuedAt: at };
  // Both requests at once: IndexedDB runs them in order, and one round trip is saved.
  await Promise.all([db.records.put(row), db.outbox.add(entry)]);
}

/**
 * The stored record a delete or an undo changes, once the person may change it and its quarter
 * is open; `state` is what it must be now (live to delete, deleted to restore).
 */
export async function recordToChange(
  db: AppDb,
  id: string,
  { reference, person }: ChangeContext,
  state: { deleted: boolean; otherwise: string },
): Promise<StoredRecord> {
  const existing = await db.records.get(id);
  if (!existing) throw new RecordNotFoundError('This record does not exist.');
  if ((existing.deleted === 1) !== state.deleted) throw new RecordNotFoundError(state.otherwise);
  const refusal = changeRefusal(person, existing, existing);
  if (refusal) throw new NotAllowedError(refusal);
  assertQuarterOpen(reference, existing.subContractId, existing.quarter);
  return existing;
}
