import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/hub/db/db';
import { upsertRecords } from '../../src/hub/db/queries/records';
import { openTestDb } from './test-db';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

const base = { memberId: 'm1', subContractId: 's1', type: 'contact', deleted: false, personId: 'p1', deviceId: 'd1', seq: 1, changeId: null };

describe('migration 0005_records', () => {
  it('stores a record’s JSON as given, and a null for a delete with no record', async () => {
    const at = new Date('2026-05-01T09:00:00.000Z');
    const data = { id: 'r1', type: 'contact', nested: { a: [1, 2] } };
    await upsertRecords(db, [
      { ...base, id: 'r1', version: 1, data: data as never },
      { ...base, id: 'r2', version: 1, deleted: true, subContractId: null, type: null, data: null },
    ], at);
    const { rows } = await db.query('select id, data, sub_contract_id, updated_at from records order by id');
    expect(rows).toEqual([
      { id: 'r1', data, sub_contract_id: 's1', updated_at: at },
      { id: 'r2', data: null, sub_contract_id: null, updated_at: at },
    ]);
  });

  it('refuses version 0 and an unknown outcome status', async () => {
    await expect(upsertRecords(db, [{ ...base, id: 'r3', version: 0, data: null }], new Date())).rejects.toThrow(/check/);
    await expect(
      // (renamed change_decisions by 0011)
      db.query(`insert into change_decisions (change_id, member_id, device_id, entity_id, status, decided_at) values ('c', 'm', 'd', 'e', 'maybe', now())`),
    ).rejects.toThrow(/check/);
  });
});
