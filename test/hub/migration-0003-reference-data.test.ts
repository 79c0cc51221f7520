import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/hub/db/db';
import { readChangeHead, takeSeqs } from '../../src/hub/db/queries/change-head';
import { openTestDb } from './test-db';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

describe('migration 0003_reference_data', () => {
  it('starts the change sequence at 0, in exactly one row', async () => {
    expect(await readChangeHead(db)).toBe(0);
    await expect(db.query('insert into change_head (id, seq) values (true, 5)')).rejects.toThrow(/duplicate key|unique/);
    await expect(db.query('insert into change_head (id, seq) values (false, 5)')).rejects.toThrow(/check/);
  });

  it('hands out numbers in blocks, and a rolled-back block is never seen', async () => {
    const first = await db.transaction((tx) => takeSeqs(tx, 3));
    expect(await readChangeHead(db)).toBe(first + 2);
    await expect(
      db.transaction(async (tx) => {
        await takeSeqs(tx, 10);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await readChangeHead(db)).toBe(first + 2);
  });

  it('keys reference items by kind and id', async () => {
    const insert = () => db.query(`insert into reference_items (kind, id, member_id, position, data, seq) values ('member', 'm1', 'm1', 0, '{}', 1)`);
    await insert();
    await expect(insert()).rejects.toThrow(/duplicate key|unique/);
  });
});
