import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/hub/db/db';
import { openTestDb } from './test-db';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

const insertCode = (hash: string) =>
  db.query(`insert into enrolment_codes (code_hash, member_id, created_at, expires_at) values ($1, 'm1', now(), now() + interval '1 day')`, [hash]);

describe('migration 0004_devices', () => {
  it('lets a code name its device before the device row exists, within one transaction', async () => {
    await insertCode('code-1');
    await db.transaction(async (tx) => {
      await tx.query(`update enrolment_codes set used_at = now(), device_id = 'd1' where code_hash = 'code-1'`);
      await tx.query(`insert into devices (id, member_id, name, token_hash, enrolled_at) values ('d1', 'm1', 'Tablet', 'tok-1', now())`);
    });
    expect((await db.query(`select device_id from enrolment_codes where code_hash = 'code-1'`)).rows).toEqual([{ device_id: 'd1' }]);
  });

  it('refuses, at commit, a code naming a device that never came', async () => {
    await insertCode('code-2');
    await expect(
      db.transaction((tx) => tx.query(`update enrolment_codes set device_id = 'ghost' where code_hash = 'code-2'`)),
    ).rejects.toThrow(/foreign key/);
  });

  it('keeps device tokens unique', async () => {
    await expect(
      db.query(`insert into devices (id, member_id, name, token_hash, enrolled_at) values ('d2', 'm1', 'Tablet', 'tok-1', now())`),
    ).rejects.toThrow(/duplicate key|unique/);
  });
});
