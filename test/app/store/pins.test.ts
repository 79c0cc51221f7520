import { afterEach, describe, expect, it } from 'vitest';
import type { AppDb } from '../../../src/app/store/db';
import { MAX_PIN_ATTEMPTS, hasPin, resetPin, setPin, verifyPin } from '../../../src/app/store/pins';
import { enrolledDb } from '../fixtures';

const dbs: AppDb[] = [];
async function db() {
  const d = await enrolledDb();
  dbs.push(d);
  return d;
}
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

describe('PINs on the device', () => {
  it('keeps only a salted PBKDF2 hash, and verifies the right PIN and not a wrong one', async () => {
    const d = await db();
    expect(await hasPin(d, 'p-staff')).toBe(false);
    await setPin(d, 'p-staff', '4821');
    const row = await d.pins.get('p-staff');
    expect(row).toMatchObject({ iterations: 100_000, failedAttempts: 0, lockedUntil: null });
    expect(JSON.stringify(row)).not.toContain('4821');
    expect(atob(row!.hash)).toHaveLength(32);
    expect(await verifyPin(d, 'p-staff', '4821')).toEqual({ ok: true });
    expect(await verifyPin(d, 'p-staff', '4822')).toEqual({ ok: false, reason: 'wrong', attemptsLeft: MAX_PIN_ATTEMPTS - 1 });
    expect(await verifyPin(d, 'p-manager', '4821')).toEqual({ ok: false, reason: 'no-pin' });
  });

  it('gives the same PIN a different hash for each person', async () => {
    const d = await db();
    await setPin(d, 'p-staff', '1234');
    await setPin(d, 'p-manager', '1234');
    expect((await d.pins.get('p-staff'))!.hash).not.toBe((await d.pins.get('p-manager'))!.hash);
  });

  it('refuses a PIN that is not 4 to 8 numbers, a second PIN, and people not on the device', async () => {
    const d = await db();
    await expect(setPin(d, 'p-staff', '12a4')).rejects.toThrow('Enter a PIN of 4 to 8 numbers');
    await expect(setPin(d, 'p-staff', '123')).rejects.toThrow('Enter a PIN of 4 to 8 numbers');
    await setPin(d, 'p-staff', '1234');
    await expect(setPin(d, 'p-staff', '9999')).rejects.toThrow('already has a PIN');
    await expect(setPin(d, 'p-nobody', '1234')).rejects.toThrow('not set up');
    expect(await verifyPin(d, 'p-staff', '1234')).toEqual({ ok: true });
  });

  it('locks a person after repeated wrong PINs, even against the right one, until the wait is over', async () => {
    const d = await db();
    await setPin(d, 'p-staff', '1234');
    const t0 = new Date('2026-05-12T10:00:00Z');
    for (let i = 1; i < MAX_PIN_ATTEMPTS; i++) expect((await verifyPin(d, 'p-staff', '0000', { now: t0 })).ok).toBe(false);
    expect(await verifyPin(d, 'p-staff', '0000', { now: t0 })).toEqual({ ok: false, reason: 'locked', until: '2026-05-12T10:05:00.000Z' });
    expect(await verifyPin(d, 'p-staff', '1234', { now: new Date('2026-05-12T10:04:00Z') })).toMatchObject({ reason: 'locked' });
    expect(await verifyPin(d, 'p-staff', '1234', { now: new Date('2026-05-12T10:06:00Z') })).toEqual({ ok: true });
  });

  it('lets a manager, and only a manager, reset someone’s PIN', async () => {
    const d = await db();
    await setPin(d, 'p-vol-1', '1234');
    await expect(resetPin(d, 'p-staff', 'p-vol-1')).rejects.toThrow('Only a manager can reset a PIN.');
    expect(await hasPin(d, 'p-vol-1')).toBe(true);
    await resetPin(d, 'p-manager', 'p-vol-1');
    expect(await hasPin(d, 'p-vol-1')).toBe(false);
    await setPin(d, 'p-vol-1', '5678');
    expect(await verifyPin(d, 'p-vol-1', '5678')).toEqual({ ok: true });
  });
});
