import type { AppDb } from './db';
import { NotAllowedError, NotEnrolledError, StoreError } from './errors';
import { PIN_ITERATIONS, Pin, fromBase64, hashPin, newPinSalt, sameHash, toBase64 } from './pinHash';
import { storageError } from './storageError';
import { THIS_DEVICE, type PinRow } from './types';

/** Wrong PINs in a row before unlocking that person waits. */
export const MAX_PIN_ATTEMPTS = 5;
/** How long it waits. A manager can reset the PIN meanwhile. */
export const PIN_LOCK_MS = 5 * 60 * 1000;

export type PinCheck =
  | { ok: true }
  | { ok: false; reason: 'no-pin' }
  | { ok: false; reason: 'wrong'; attemptsLeft: number }
  | { ok: false; reason: 'locked'; until: string };

/** Whether the person has set a PIN on this device. */
export async function hasPin(db: AppDb, personId: string): Promise<boolean> {
  return (await db.pins.get(personId)) !== undefined;
}

/**
 * Sets a person's PIN the first time they unlock on this device (or after a manager reset it).
 * Refuses to replace an existing PIN: that needs the old one, or a manager.
 */
export async function setPin(db: AppDb, personId: string, pin: string, { now = new Date() }: { now?: Date } = {}): Promise<void> {
  const parsed = Pin.safeParse(pin);
  if (!parsed.success) throw new StoreError(parsed.error.issues[0]?.message ?? 'Enter a PIN of 4 to 8 numbers');
  const salt = newPinSalt();
  // Hash before the transaction: WebCrypto is not IndexedDB, and awaiting it inside would commit early.
  const hash = await hashPin(parsed.data, salt, PIN_ITERATIONS);
  const row: PinRow = {
    personId,
    hash,
    salt: toBase64(salt),
    iterations: PIN_ITERATIONS,
    setAt: now.toISOString(),
    failedAttempts: 0,
    lockedUntil: null,
  };
  try {
    await db.transaction('rw', [db.pins, db.reference], async () => {
      const reference = await db.reference.get(THIS_DEVICE);
      if (!reference) throw new NotEnrolledError();
      if (!reference.data.people.some((p) => p.id === personId && p.active)) {
        throw new NotAllowedError('That person is not set up to use this member’s devices.');
      }
      if (await db.pins.get(personId)) throw new NotAllowedError('This person already has a PIN. Ask a manager to reset it.');
      await db.pins.add(row);
    });
  } catch (error) {
    throw storageError(error);
  }
}

/** Checks a PIN; after MAX_PIN_ATTEMPTS wrong ones in a row the person is locked for PIN_LOCK_MS. */
export async function verifyPin(db: AppDb, personId: string, pin: string, { now = new Date() }: { now?: Date } = {}): Promise<PinCheck> {
  const row = await db.pins.get(personId);
  if (!row) return { ok: false, reason: 'no-pin' };
  if (row.lockedUntil && Date.parse(row.lockedUntil) > now.getTime()) return { ok: false, reason: 'locked', until: row.lockedUntil };
  const right = Pin.safeParse(pin).success && sameHash(await hashPin(pin, fromBase64(row.salt), row.iterations), row.hash);
  if (right) {
    if (row.failedAttempts > 0 || row.lockedUntil) await db.pins.update(personId, { failedAttempts: 0, lockedUntil: null });
    return { ok: true };
  }
  const failedAttempts = row.failedAttempts + 1;
  if (failedAttempts >= MAX_PIN_ATTEMPTS) {
    const until = new Date(now.getTime() + PIN_LOCK_MS).toISOString();
    await db.pins.update(personId, { failedAttempts: 0, lockedUntil: until });
    return { ok: false, reason: 'locked', until };
  }
  await db.pins.update(personId, { failedAttempts });
  return { ok: false, reason: 'wrong', attemptsLeft: MAX_PIN_ATTEMPTS - failedAttempts };
}

/** A manager clears someone's PIN on this device; they set a new one when they next unlock. */
export async function resetPin(db: AppDb, managerId: string, personId: string): Promise<void> {
  await db.transaction('rw', [db.pins, db.reference], async () => {
    const reference = await db.reference.get(THIS_DEVICE);
    const manager = reference?.data.people.find((p) => p.id === managerId);
    if (!manager || manager.role !== 'manager' || !manager.active) throw new NotAllowedError('Only a manager can reset a PIN.');
    await db.pins.delete(personId);
  });
}
