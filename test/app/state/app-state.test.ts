import { afterEach, describe, expect, it } from 'vitest';
import { device, outboxCounts, quarterRecords, reference, startAppState } from '../../../src/app/state/appState';
import { enrolThisDevice } from '../../../src/app/state/enrolment';
import { liveFigures } from '../../../src/app/state/figures';
import { deleteAsCurrentPerson, restoreAsCurrentPerson, saveAsCurrentPerson } from '../../../src/app/state/recording';
import { isQuarterSealed, sealedReasonFor } from '../../../src/app/state/sealed';
import { currentPerson, lock, setFirstPin, unlock } from '../../../src/app/state/session';
import { today } from '../../../src/app/state/today';
import { updateBlockReasons } from '../../../src/app/state/update';
import { visibleRecords, visibleRecordsFor } from '../../../src/app/state/visibleRecords';
import type { AppDb } from '../../../src/app/store/db';
import type { StoredRecord } from '../../../src/app/store/types';
import { aContact, freshDb, testEnrolResponse, testReference } from '../fixtures';

/** Waits for the live queries to catch up (they answer asynchronously). */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const fakeHub = (body: unknown, status = 201): typeof fetch =>
  (async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })) as typeof fetch;

describe('the app state on a fresh device', () => {
  let db: AppDb;
  let stop: () => void;
  afterEach(async () => {
    lock();
    stop?.();
    await db?.delete();
  });

  async function start(): Promise<void> {
    db = freshDb();
    stop = startAppState(db);
    today.value = '2026-05-20';
    await until(() => device.value !== undefined && reference.value !== undefined, 'the first read');
  }

  async function enrolAndUnlock(personId: string): Promise<void> {
    await enrolThisDevice({ code: 'abcd-efgh', deviceName: 'Hall tablet' }, { fetch: fakeHub(testEnrolResponse()), online: () => true });
    await until(() => reference.value !== null, 'the reference data');
    await setFirstPin(personId, '2468');
  }

  it('is not enrolled, then enrolment through the hub stores the device and its member’s set-up', async () => {
    await start();
    expect(device.value).toBeNull();
    expect(reference.value).toBeNull();
    const seen: unknown[] = [];
    const spy: typeof fetch = async (url, init) => {
      seen.push([url, JSON.parse(String(init?.body))]);
      return fakeHub(testEnrolResponse())(url, init);
    };
    await enrolThisDevice({ code: 'abcd efgh', deviceName: ' Hall tablet ' }, { fetch: spy, online: () => true });
    expect(seen).toEqual([['/api/enrol', { code: 'ABCD-EFGH', deviceName: 'Hall tablet' }]]);
    await until(() => Boolean(device.value), 'the device');
    expect(device.value).toMatchObject({ deviceId: 'dev-1', memberId: 'brook', deviceName: 'Hall tablet', storagePersisted: null });
    expect(reference.value?.members[0]?.name).toBe('Brook Advice Centre');
    expect(await db.meta.get('clockSkewMs')).toBeDefined();
  });

  it('keeps the lists, the outbox count and the live figures up to date as records are saved', async () => {
    await start();
    await enrolAndUnlock('p-staff');
    expect(currentPerson.value?.displayName).toBe('Sam Staff');
    const first = await saveAsCurrentPerson(aContact);
    await saveAsCurrentPerson({ ...aContact, clientRef: 'BRK-0002', isNew: false });
    await saveAsCurrentPerson({ ...aContact, date: '2026-05-13' }); // the same client again
    await saveAsCurrentPerson({ type: 'outcome', subContractId: 'sc-advice', date: '2026-05-14', clientRef: 'BRK-0001', indicatorId: 'debt-managed', evidenceNote: 'Plan agreed' });
    await saveAsCurrentPerson({ type: 'volunteer-hours', subContractId: 'sc-advice', date: '2026-05-14', volunteerId: 'p-vol-1', roleId: 'befriender', hours: 1.75, activity: 'Calls' });
    await until(() => quarterRecords.value.length === 5 && outboxCounts.value.pending === 5, 'five records');
    expect(updateBlockReasons()).toEqual(['5 changes are waiting to sync']);
    const figures = liveFigures.value[0]!;
    expect(figures.subContract.id).toBe('sc-advice');
    expect(Object.fromEntries(figures.rows.map((r) => [r.key, r.actual]))).toEqual({ clients: 2, sessions: 3, outcomes: 1, volunteerHours: 1.75 });

    await deleteAsCurrentPerson(first.id);
    await until(() => quarterRecords.value.length === 4, 'the delete');
    expect(liveFigures.value[0]!.rows.find((r) => r.key === 'sessions')!.actual).toBe(2);
    await restoreAsCurrentPerson(first.id);
    await until(() => quarterRecords.value.length === 5, 'the undo');
    await until(() => outboxCounts.value.pending === 7, 'seven changes waiting');
  });

  it('shows a volunteer only their own hours', async () => {
    await start();
    await enrolAndUnlock('p-staff');
    const hours = (volunteerId: string) => ({ type: 'volunteer-hours' as const, subContractId: 'sc-advice', date: '2026-05-14', volunteerId, roleId: 'befriender', hours: 2, activity: 'Calls' });
    await saveAsCurrentPerson(hours('p-vol-1'));
    await saveAsCurrentPerson(hours('p-vol-2'));
    await saveAsCurrentPerson(aContact);
    await until(() => quarterRecords.value.length === 3, 'three records');
    expect(visibleRecords.value).toHaveLength(3);

    lock();
    expect(visibleRecords.value).toEqual([]);
    await setFirstPin('p-vol-1', '1357');
    expect(visibleRecords.value.map((r) => r.type === 'volunteer-hours' && r.volunteerId)).toEqual(['p-vol-1']);
    lock();
    expect((await unlock('p-vol-1', '9999')).ok).toBe(false);
    expect(currentPerson.value).toBeNull();
    expect(await unlock('p-vol-1', '1357')).toEqual({ ok: true });
    expect(currentPerson.value?.id).toBe('p-vol-1');
  });

  it('knows which quarters are sealed, and why', async () => {
    await start();
    await enrolThisDevice({ code: 'ABCDEFGH', deviceName: 'Hall tablet' }, { fetch: fakeHub(testEnrolResponse(testReference('sealed'))), online: () => true });
    await until(() => Boolean(reference.value), 'the reference data');
    expect(isQuarterSealed('sc-advice', '2026-Q1')).toBe(true);
    expect(isQuarterSealed('sc-advice', '2026-Q2')).toBe(false);
    expect(sealedReasonFor('sc-advice', '2026-Q1')).toContain('was sealed');
  });
});

describe('visibleRecordsFor', () => {
  const reference = testReference();
  const person = (id: string) => reference.people.find((p) => p.id === id)!;
  const rows = [
    { ...aContact, id: 'c1' },
    { type: 'volunteer-hours', id: 'h1', volunteerId: 'p-vol-1' },
    { type: 'volunteer-hours', id: 'h2', volunteerId: 'p-vol-2' },
    { type: 'spend', id: 's1' },
  ] as unknown as StoredRecord[];
  it('gives volunteers their own hours only, and staff and managers everything', () => {
    expect(visibleRecordsFor(person('p-vol-2'), rows).map((r) => r.id)).toEqual(['h2']);
    expect(visibleRecordsFor(person('p-staff'), rows).map((r) => r.id)).toEqual(['c1', 'h1', 'h2', 's1']);
    expect(visibleRecordsFor(person('p-manager'), rows)).toHaveLength(4);
    expect(visibleRecordsFor(null, rows)).toEqual([]);
  });
});
