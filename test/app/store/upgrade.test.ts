import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { RecordChange } from '../../../src/core/sync';
import { AppDb, SCHEMA_V1 } from '../../../src/app/store/db';
import { queryRecords } from '../../../src/app/store/queryRecords';
import { saveRecord } from '../../../src/app/store/saveRecord';
import { aContact, testEnrolResponse, testReference } from '../fixtures';

const deps = { indexedDB, IDBKeyRange };

// Rows as version 1 of the app wrote them: records had no `quarter` yet.
const v1Records = [
  { ...aContact, id: 'rec-contact', memberId: 'brook', personId: 'p-staff', createdAt: '2026-05-12T10:00:00.000Z', updatedAt: '2026-05-12T10:00:00.000Z', version: 1, deleted: 0 },
  { type: 'volunteer-hours', subContractId: 'sc-advice', date: '2026-07-03', volunteerId: 'p-vol-1', roleId: 'befriender', hours: 1.5, activity: 'Calls', id: 'rec-hours', memberId: 'brook', personId: 'p-vol-1', createdAt: '2026-07-03T10:00:00.000Z', updatedAt: '2026-07-03T10:00:00.000Z', version: 2, deleted: 1 },
  { type: 'spend', subContractId: 'sc-advice', quarter: '2026-Q4', lineId: 'staff', amountPence: 999, note: '', id: 'rec-spend', memberId: 'brook', personId: 'p-manager', createdAt: '2027-01-03T10:00:00.000Z', updatedAt: '2027-01-03T10:00:00.000Z', version: 1, deleted: 0 },
];

describe('upgrading the database', () => {
  it('opens a version 1 database holding data with the latest schema and loses nothing', async () => {
    const name = `upgrade-${Math.random().toString(36).slice(2)}`;
    const enrolment = testEnrolResponse();
    const change = RecordChange.parse({
      changeId: 'chg-1', entity: 'record', entityId: 'rec-contact', op: 'upsert', version: 1, baseVersion: 0,
      personId: 'p-staff', deviceTime: '2026-05-12T10:00:00.000Z', data: { ...v1Records[0], deleted: undefined },
    });

    const v1 = new Dexie(name, deps);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('device').put({ key: 'this', deviceId: enrolment.deviceId, token: enrolment.token, memberId: 'brook', deviceName: 'Hall tablet', enrolledAt: '2026-05-01T09:00:00.000Z', storagePersisted: true });
    await v1.table('reference').put({ key: 'this', data: testReference(), receivedAt: '2026-05-01T09:00:00.000Z' });
    await v1.table('pins').put({ personId: 'p-staff', hash: 'aGFzaA==', salt: 'c2FsdA==', iterations: 100_000, setAt: '2026-05-01T09:00:00.000Z', failedAttempts: 0, lockedUntil: null });
    await v1.table('records').bulkPut(v1Records);
    await v1.table('outbox').add({ change, status: 'pending', attempts: 3, lastError: 'The hub could not be reached', findings: [], queuedAt: '2026-05-12T10:00:00.000Z' });
    await v1.table('meta').bulkPut([{ key: 'clockSkewMs', value: 1200 }, { key: 'pullCursor', value: '42' }]);
    const dumpV1 = Object.fromEntries(await Promise.all(v1.tables.map(async (t) => [t.name, await t.toArray()] as const)));
    v1.close();

    const latest = new AppDb(name, deps);
    await latest.open();
    expect(latest.verno).toBeGreaterThan(1);
    for (const table of ['device', 'reference', 'pins', 'outbox', 'meta']) {
      expect(await latest.table(table).toArray()).toEqual(dumpV1[table]);
    }
    // Records keep every field and gain the quarter they count in.
    const quarters = ['2026-Q1', '2026-Q2', '2026-Q4'];
    const expected = v1Records.map((r, i) => ({ ...r, quarter: quarters[i] }));
    expect(await latest.records.toArray()).toEqual(expected.sort((a, b) => a.id.localeCompare(b.id)));
    expect((await queryRecords(latest, { quarter: '2026-Q1', type: 'contact' })).map((r) => r.id)).toEqual(['rec-contact']);

    // And the upgraded database works as a new one: the outbox keeps counting on.
    await saveRecord(latest, { ...aContact, clientRef: 'BRK-0100' }, 'p-staff');
    expect((await latest.outbox.toArray()).map((e) => e.seq)).toEqual([1, 2]);
    await latest.delete();
  });
});
