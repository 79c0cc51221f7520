import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/hub/db/db';
import { answersOf, findQuery, insertAnswer, insertQuery, type QueryRow, setQueryState } from '../../src/hub/db/queries/hub-queries';
import { openTestDb } from './test-db';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
  await db.exec(`insert into returns (id, member_id, sub_contract_id, prime_contract_id, quarter, state, current_version, timeliness, updated_at, seq)
    values ('r1', 'm1', 'sc1', 'pc', '2026-Q1', 'queried', 1, '{}', now(), 1)`);
});
afterAll(() => db.close());

const at = new Date('2026-07-15T09:00:00.000Z');
const query: QueryRow = {
  id: 'q1',
  returnId: 'r1',
  memberId: 'm1',
  returnVersion: 1,
  path: 'figures.unique-clients.value',
  question: 'Why so few?',
  raisedBy: 'u1',
  raisedByName: 'Hub Staff',
  raisedAt: at,
  state: 'open',
  closedAt: null,
  closedBy: null,
  seq: 5,
};

describe('migration 0009_queries', () => {
  it('keeps a query and its answers, and its state as it changes', async () => {
    await insertQuery(db, query);
    const answer = { id: 'a1', queryId: 'q1', memberId: 'm1', personId: 'p1', byName: 'Morgan', deviceId: 'd1', changeId: 'c1', comment: 'Two venues closed', answeredAt: at };
    await insertAnswer(db, answer);
    await setQueryState(db, 'q1', { state: 'answered', seq: 6 });
    expect(await findQuery(db, 'q1')).toEqual({ ...query, state: 'answered', seq: 6 });
    expect(await answersOf(db, ['q1'])).toEqual([answer]);
  });

  it('refuses a query of no return, an unknown state, and an answer to no query', async () => {
    await expect(insertQuery(db, { ...query, id: 'q2', returnId: 'none' })).rejects.toThrow(/foreign key/i);
    await expect(insertQuery(db, { ...query, id: 'q3', state: 'pondering' as never })).rejects.toThrow(/check/);
    await expect(
      insertAnswer(db, { id: 'a2', queryId: 'none', memberId: 'm1', personId: null, byName: 'x', deviceId: null, changeId: null, comment: 'x', answeredAt: at }),
    ).rejects.toThrow(/foreign key/i);
  });
});
