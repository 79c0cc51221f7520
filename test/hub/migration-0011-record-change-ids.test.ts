import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/hub/db/db';
import { insertOutcomes } from '../../src/hub/db/queries/change-outcomes';
import { upsertRecords } from '../../src/hub/db/queries/records';
import { openTestDb } from './test-db';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

const at = new Date('2026-05-01T09:00:00.000Z');
const record = { id: 'r1', memberId: 'm1', subContractId: 's1', type: 'contact', deleted: false, data: null, personId: 'p1', deviceId: 'd1', seq: 1 };
const outcomes = async () =>
  (await db.query<{ change_id: string; status: string; version: number }>('select change_id, status, version from change_outcomes order by change_id')).rows;

describe('migration 0011_record_change_ids', () => {
  it('shows every decided change in change_outcomes: stored decisions and each record’s current change', async () => {
    await upsertRecords(db, [{ ...record, version: 1, changeId: 'c1' }], at);
    expect(await outcomes()).toEqual([{ change_id: 'c1', status: 'applied', version: 1 }]);

    // c2 supersedes c1: c1 moves to the stored decisions, c2 lives on the record.
    await insertOutcomes(db, [{ changeId: 'c1', memberId: 'm1', deviceId: 'd1', entityId: 'r1', status: 'applied', version: 1, findings: null }], at);
    await upsertRecords(db, [{ ...record, version: 2, changeId: 'c2' }], at);
    await insertOutcomes(db, [{ changeId: 'c3', memberId: 'm1', deviceId: 'd1', entityId: 'r1', status: 'conflict', version: null, findings: null }], at);
    expect(await outcomes()).toEqual([
      { change_id: 'c1', status: 'applied', version: 1 },
      { change_id: 'c2', status: 'applied', version: 2 },
      { change_id: 'c3', status: 'conflict', version: null },
    ]);
  });

  it('stores a decision once, whatever is sent again', async () => {
    const decision = { changeId: 'c9', memberId: 'm1', deviceId: 'd1', entityId: 'r9', status: 'rejected' as const, version: null, findings: null };
    await insertOutcomes(db, [decision], at);
    await insertOutcomes(db, [{ ...decision, status: 'conflict' }], at);
    expect((await db.query(`select status from change_decisions where change_id = 'c9'`)).rows).toEqual([{ status: 'rejected' }]);
  });

  it('refuses writes to the change_outcomes view', async () => {
    await expect(
      db.query(`insert into change_outcomes (change_id, member_id, device_id, entity_id, status, decided_at) values ('x', 'm', 'd', 'e', 'applied', now())`),
    ).rejects.toThrow();
  });
});
