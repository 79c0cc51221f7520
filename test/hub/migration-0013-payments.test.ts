import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/hub/db/db';
import { openTestDb } from './test-db';

let db: Db;
let userId: string;
beforeAll(async () => {
  db = await openTestDb();
  userId = (await db.query<{ id: string }>(`insert into hub_users (email, display_name, password_hash) values ('a@hub.example', 'Someone', 'scrypt$x') returning id`)).rows[0]!.id;
});
afterAll(() => db.close());

const insert = (id: string, values: { quarter?: string; paidPence?: number; reason?: string; by?: string } = {}) =>
  db.query(
    `insert into payments (id, sub_contract_id, quarter, indicator_id, paid_pence, reason, recorded_by) values ($1, 'sc-1', $2, 'ind-1', $3, $4, $5)`,
    [id, values.quarter ?? '2026-Q2', values.paidPence ?? 12_345, values.reason ?? 'Remittance advice 42', values.by ?? userId],
  );

describe('migration 0013_payments', () => {
  it('keeps a payment with who recorded it, stamping when if not given', async () => {
    await insert('p-1');
    const { rows } = await db.query<{ paid_pence: number; recorded_at: Date }>(`select paid_pence, recorded_at from payments where id = 'p-1'`);
    expect(rows[0]!.paid_pence).toBe(12_345);
    expect(rows[0]!.recorded_at).toBeInstanceOf(Date);
  });

  it('refuses a negative or huge amount, a reason under 10 or over 500 characters, a malformed quarter and an unknown recorder', async () => {
    await expect(insert('p-2', { paidPence: -1 })).rejects.toThrow(/check/);
    await expect(insert('p-3', { paidPence: 10_000_000_001 })).rejects.toThrow(/check/);
    await expect(insert('p-4', { reason: 'too short' })).rejects.toThrow(/check/);
    await expect(insert('p-5', { reason: 'x'.repeat(501) })).rejects.toThrow(/check/);
    await expect(insert('p-6', { quarter: '2026-Q5' })).rejects.toThrow(/check/);
    await expect(insert('p-7', { by: '00000000-0000-4000-8000-000000000000' })).rejects.toThrow(/foreign key/);
    await insert('p-8', { paidPence: 0, reason: 'x'.repeat(500) });
    expect((await db.query(`select id from payments order by id`)).rows).toEqual([{ id: 'p-1' }, { id: 'p-8' }]);
  });

  it('indexes the entries of a line in time order, for finding the newest', async () => {
    const { rows } = await db.query<{ indexdef: string }>(`select indexdef from pg_indexes where tablename = 'payments' and indexname = 'payments_line'`);
    expect(rows[0]!.indexdef).toContain('(sub_contract_id, quarter, indicator_id, recorded_at)');
  });
});
