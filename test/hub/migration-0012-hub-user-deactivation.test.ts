import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/hub/db/db';
import { openTestDb } from './test-db';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

const addUser = async (email: string) =>
  (await db.query<{ id: string }>(`insert into hub_users (email, display_name, password_hash) values ($1, 'Someone', 'scrypt$x') returning id`, [email]))
    .rows[0]!.id;

describe('migration 0012_hub_user_deactivation', () => {
  it('starts every user able to sign in', async () => {
    const id = await addUser('a@hub.example');
    expect((await db.query('select deactivated_at, deactivated_by from hub_users where id = $1', [id])).rows).toEqual([
      { deactivated_at: null, deactivated_by: null },
    ]);
  });

  it('records who removed a user and when, and needs the when with the who', async () => {
    const by = await addUser('b@hub.example');
    const removed = await addUser('c@hub.example');
    await db.query('update hub_users set deactivated_at = now(), deactivated_by = $2 where id = $1', [removed, by]);
    await expect(db.query('update hub_users set deactivated_by = $2 where id = $1', [by, removed])).rejects.toThrow(/check/);
    await expect(
      db.query(`update hub_users set deactivated_at = now(), deactivated_by = '00000000-0000-4000-8000-000000000000' where id = $1`, [by]),
    ).rejects.toThrow(/foreign key/);
  });
});
