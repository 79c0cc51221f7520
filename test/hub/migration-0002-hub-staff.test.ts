import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/hub/db/db';
import { openTestDb } from './test-db';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

describe('migration 0002_hub_staff', () => {
  it('keeps email addresses lower-case and unique', async () => {
    await db.query(`insert into hub_users (email, display_name, password_hash) values ('a@hub.example', 'A', 'scrypt$x')`);
    await expect(db.query(`insert into hub_users (email, display_name, password_hash) values ('a@hub.example', 'A2', 'x')`)).rejects.toThrow(/unique/);
    await expect(db.query(`insert into hub_users (email, display_name, password_hash) values ('B@hub.example', 'B', 'x')`)).rejects.toThrow(/check/);
  });

  it('ends a user’s sessions with the user', async () => {
    const { rows } = await db.query<{ id: string }>(
      `insert into hub_users (email, display_name, password_hash) values ('c@hub.example', 'C', 'x') returning id`,
    );
    await db.query(`insert into hub_sessions (token_hash, user_id, csrf_token, created_at, expires_at) values ('h1', $1, 't', now(), now())`, [rows[0]!.id]);
    await db.query('delete from hub_users where id = $1', [rows[0]!.id]);
    expect((await db.query(`select 1 from hub_sessions where token_hash = 'h1'`)).rowCount).toBe(0);
  });
});
