import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/hub/db/db';
import { openPglite } from '../../src/hub/db/pglite';
import { openTestDb, testDbKind } from './test-db';

describe('Db', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb();
    await db.exec('create table counter (id int primary key, n int not null); insert into counter values (1, 0);');
  });
  afterAll(() => db.close());

  it('is the kind of database this run is for', () => {
    expect(db.kind).toBe(testDbKind);
  });

  it('returns the same JavaScript types from either driver', async () => {
    const { rows } = await db.query<Record<string, unknown>>(
      `select 12::int8 as big, 3::int4 as small, 1.25::numeric as exact, date '2026-07-14' as due,
              timestamptz '2026-07-14 23:59:59+01' as sealed_at, '{"a":[1]}'::jsonb as doc,
              array[date '2026-04-01', date '2026-06-30'] as dates`,
    );
    expect(rows[0]).toEqual({
      big: 12,
      small: 3,
      exact: '1.25',
      due: '2026-07-14',
      sealed_at: new Date('2026-07-14T22:59:59Z'),
      doc: { a: [1] },
      dates: ['2026-04-01', '2026-06-30'],
    });
  });

  it('passes parameters and reports rows changed', async () => {
    const result = await db.query('update counter set n = n + $1 where id = $2', [5, 1]);
    expect(result.rowCount).toBe(1);
    const { rows } = await db.query<{ n: number }>('select n from counter where id = $1', [1]);
    expect(rows).toEqual([{ n: 5 }]);
  });

  it('commits a transaction that resolves', async () => {
    const value = await db.transaction(async (tx) => {
      await tx.query('insert into counter values ($1, $2)', [2, 7]);
      return 'done';
    });
    expect(value).toBe('done');
    expect((await db.query('select n from counter where id = 2')).rows).toEqual([{ n: 7 }]);
  });

  it('rolls back every change of a transaction that throws', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into counter values (3, 1)');
        await tx.exec('update counter set n = 100 where id = 1; create table never_kept (x int);');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect((await db.query('select id from counter where id = 3')).rows).toEqual([]);
    expect((await db.query('select n from counter where id = 1')).rows).toEqual([{ n: 5 }]);
    expect((await db.query(`select to_regclass('never_kept') as t`)).rows).toEqual([{ t: null }]);
  });

  it('rolls back a transaction whose statement fails, and stays usable', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into counter values (4, 1)');
        await tx.query('insert into counter values (4, 2)');
      }),
    ).rejects.toThrow(/duplicate key/);
    expect((await db.query('select id from counter where id = 4')).rows).toEqual([]);
    expect((await db.query('select count(*) as c from counter')).rows).toEqual([{ c: 2 }]);
  });
});

describe('PGlite Db', () => {
  it('serialises transactions: concurrent read-then-write transactions lose no update', async () => {
    const db = await openPglite();
    try {
      await db.exec('create table tally (n int not null); insert into tally values (0);');
      const increment = () =>
        db.transaction(async (tx) => {
          const { rows } = await tx.query<{ n: number }>('select n from tally');
          await tx.query('update tally set n = $1', [rows[0]!.n + 1]);
        });
      await Promise.all(Array.from({ length: 20 }, increment));
      expect((await db.query('select n from tally')).rows).toEqual([{ n: 20 }]);
    } finally {
      await db.close();
    }
  });
});
