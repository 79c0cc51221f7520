// Saving keeps the device's set-up in memory between saves (src/app/store/recordChange.ts). These
// check that a save never goes by a set-up older than the database's: whoever replaced it, how.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { ReferenceData, findingKey } from '../../../src/core/schemas';
import { applyPullPage } from '../../../src/app/sync/applyPullPage';
import { readContextStamp } from '../../../src/app/store/contextStamp';
import { AppDb } from '../../../src/app/store/db';
import { deleteRecord } from '../../../src/app/store/deleteRecord';
import { NotAllowedError, QuarterSealedError, RecordInvalidError } from '../../../src/app/store/errors';
import { replaceReference } from '../../../src/app/store/replaceReference';
import { restoreRecord } from '../../../src/app/store/restoreRecord';
import { saveDraft } from '../../../src/app/store/returns/saveDraft';
import { sealReturn } from '../../../src/app/store/returns/sealReturn';
import { startDraft } from '../../../src/app/store/returns/startDraft';
import { saveRecord } from '../../../src/app/store/saveRecord';
import { saveEnrolment } from '../../../src/app/store/saveEnrolment';
import { aContact, enrolledDb, testEnrolResponse, testReference } from '../fixtures';
import { KEY, MANAGER, Q, SC, returnsReference } from '../returns-support';

const dbs: AppDb[] = [];
async function db(reference = testReference()) {
  const d = await enrolledDb(reference);
  dbs.push(d);
  return d;
}
/** The same database as another tab opens it: its own connection, its own memory. */
function otherTab(d: AppDb): AppDb {
  const other = new AppDb(d.name, { indexedDB, IDBKeyRange });
  dbs.push(other);
  return other;
}
afterEach(async () => {
  for (const d of dbs.splice(0).reverse()) await d.delete();
});

async function counts(d: AppDb) {
  return { records: await d.records.count(), outbox: await d.outbox.count() };
}

function withPeople(reference: ReferenceData, change: (people: ReferenceData['people']) => ReferenceData['people']): ReferenceData {
  return { ...reference, people: change(reference.people) };
}

/** A Q1 draft that can be sealed (its one C4 warning explained), as in returns-store.test.ts. */
async function readyToSeal(d: AppDb): Promise<void> {
  const draft = await startDraft(d, { subContractId: SC, quarter: Q, personId: MANAGER });
  const explanations = { [findingKey({ ruleId: 'C4', path: 'figures.sessions.value' })]: 'Our adviser was off sick for most of the quarter.' };
  await saveDraft(d, { ...draft, finance: { staff: '1250.50' }, explanations });
}

const newcomer = { id: 'p-new', memberId: 'brook', displayName: 'Nia Newcomer', role: 'staff' as const, active: true };

describe('the set-up a save is checked against', () => {
  it('is the new one after the reference data was replaced (as the sync pull does)', async () => {
    const d = await db();
    await saveRecord(d, aContact, 'p-staff');
    await expect(saveRecord(d, { ...aContact, clientRef: 'BRK-0002' }, 'p-new')).rejects.toBeInstanceOf(NotAllowedError);

    await replaceReference(d, withPeople(testReference(), (people) => [...people, newcomer]));
    await expect(saveRecord(d, { ...aContact, clientRef: 'BRK-0002' }, 'p-new')).resolves.toMatchObject({ personId: 'p-new' });

    await replaceReference(d, withPeople(testReference(), (people) => people.map((p) => (p.id === 'p-staff' ? { ...p, active: false } : p))));
    await expect(saveRecord(d, { ...aContact, clientRef: 'BRK-0003' }, 'p-staff')).rejects.toThrow('Sam Staff is no longer active');
    expect(await counts(d)).toEqual({ records: 2, outbox: 2 });
  });

  it('refuses a save once the quarter was sealed on this device', async () => {
    const d = await db(returnsReference());
    const saved = await saveRecord(d, aContact, 'p-staff');
    await readyToSeal(d);
    await sealReturn(d, { key: KEY, personId: MANAGER, declarationAccepted: true });
    const before = await counts(d);

    await expect(saveRecord(d, { ...aContact, clientRef: 'BRK-0009' }, 'p-staff')).rejects.toBeInstanceOf(QuarterSealedError);
    await expect(deleteRecord(d, saved.id, 'p-staff')).rejects.toBeInstanceOf(QuarterSealedError);
    expect(await counts(d)).toEqual(before);
  });

  it('refuses a save once a pull brought the quarter’s sealed return, without leaving half a save behind', async () => {
    const d = await db();
    await saveRecord(d, aContact, 'p-staff');
    await applyPullPage(
      d,
      { cursor: '7', hasMore: false, hubTime: '2026-07-02T10:00:00.000Z', reference: testReference('sealed'), records: [], returns: [], queries: [], extensions: [] },
      new Date('2026-07-02T10:00:00Z'),
    );
    await expect(saveRecord(d, { ...aContact, clientRef: 'BRK-0009' }, 'p-staff')).rejects.toBeInstanceOf(QuarterSealedError);
    expect(await counts(d)).toEqual({ records: 1, outbox: 1 });
  });

  it('follows another tab that replaced the reference data or enrolled the device again', async () => {
    const d = await db();
    const other = otherTab(d);
    const saved = await saveRecord(d, aContact, 'p-staff');
    await deleteRecord(d, saved.id, 'p-staff');

    // Another tab's pull adds someone: they can record here at once.
    await other.reference.put({ key: 'this', data: withPeople(testReference(), (people) => [...people, newcomer]), receivedAt: new Date().toISOString() });
    await expect(saveRecord(d, { ...aContact, clientRef: 'BRK-0002' }, 'p-new')).resolves.toMatchObject({ personId: 'p-new' });

    // Another tab's pull seals the quarter: no save, delete or undo here, and nothing written.
    await other.reference.put({ key: 'this', data: testReference('sealed'), receivedAt: new Date().toISOString() });
    const before = await counts(d);
    await expect(saveRecord(d, { ...aContact, clientRef: 'BRK-0003' }, 'p-staff')).rejects.toBeInstanceOf(QuarterSealedError);
    await expect(restoreRecord(d, saved.id, 'p-staff')).rejects.toBeInstanceOf(QuarterSealedError);
    expect(await counts(d)).toEqual(before);

    // Another tab enrols the device to another member: this tab's saves are that member's.
    const harbour = ReferenceData.parse({
      ...testReference(),
      members: [{ id: 'harbour', name: 'Harbour Trust', kind: 'full' }],
      subContracts: [{ ...testReference().subContracts[0]!, id: 'sc-harbour', memberId: 'harbour' }],
      people: [{ id: 'p-harbour', memberId: 'harbour', displayName: 'Hal Harbour', role: 'staff' }],
    });
    await saveEnrolment(other, { ...testEnrolResponse(harbour), memberId: 'harbour' }, { deviceName: 'Hall tablet', storagePersisted: true });
    await expect(saveRecord(d, { ...aContact, clientRef: 'BRK-0004' }, 'p-staff')).rejects.toBeInstanceOf(NotAllowedError);
    await expect(saveRecord(d, { ...aContact, clientRef: 'BRK-0004' }, 'p-harbour')).rejects.toBeInstanceOf(RecordInvalidError);
    await expect(saveRecord(d, { ...aContact, subContractId: 'sc-harbour', clientRef: 'BRK-0004' }, 'p-harbour')).resolves.toMatchObject({ memberId: 'harbour' });
  });

  it('changes its stamp with every write to the device, reference data or returns, and only then', async () => {
    const d = await db();
    const first = await readContextStamp(d);
    expect(first).toBeDefined();
    await saveRecord(d, aContact, 'p-staff');
    await d.pins.put({ personId: 'p-staff', hash: 'aA==', salt: 'cw==', iterations: 1, setAt: '2026-05-01T09:00:00.000Z', failedAttempts: 0, lockedUntil: null });
    await d.meta.put({ key: 'lastSyncAt', value: '2026-05-01T09:00:00.000Z' });
    expect(await readContextStamp(d)).toBe(first);

    const seen = new Set([first]);
    const writes = [
      () => d.device.update('this', { deviceName: 'Kitchen tablet' }),
      () => d.reference.put({ key: 'this', data: testReference(), receivedAt: '2026-05-02T09:00:00.000Z' }),
      () => d.returnDrafts.delete('nothing-there'),
      () => d.returnVersions.clear(),
    ];
    for (const write of writes) {
      await write();
      const stamp = await readContextStamp(d);
      expect(seen.has(stamp)).toBe(false);
      seen.add(stamp);
    }
  });
});
