import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/hub/db/db';
import { eventsOf, insertEvents, type ReturnEventRow } from '../../src/hub/db/queries/return-events';
import { openTestDb } from './test-db';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

const event = (id: string, overrides: Partial<ReturnEventRow> = {}): ReturnEventRow => ({
  id,
  subContractId: 'sc1',
  quarter: '2026-Q1',
  returnId: null,
  at: new Date('2026-07-10T10:00:00.000Z'),
  actor: { kind: 'person', id: 'p1', name: 'Morgan Manager' },
  action: 'extension requested',
  fromState: null,
  toState: null,
  version: null,
  reason: 'On leave',
  summary: 'Asked for more time',
  details: { extensionId: 'e1' },
  ...overrides,
});

describe('migration 0008_return_events', () => {
  it('keeps a trail in the order written, even for a return the hub has not received', async () => {
    const same = new Date('2026-07-10T10:00:00.000Z');
    const events = ['e3', 'e1', 'e2'].map((id) => event(id, { at: same }));
    await insertEvents(db, events);
    expect(await eventsOf(db, 'sc1', '2026-Q1')).toEqual(events);
  });

  it('is append-only: changing or removing an entry is refused', async () => {
    await expect(db.query(`update return_events set summary = 'rewritten'`)).rejects.toThrow(/only added/);
    await expect(db.query(`delete from return_events`)).rejects.toThrow(/only added/);
    expect(await eventsOf(db, 'sc1', '2026-Q1')).toHaveLength(3);
  });

  it('refuses an unknown kind of actor', async () => {
    await expect(insertEvents(db, [event('e4', { actor: { kind: 'robot' as never, id: 'x', name: 'x' } })])).rejects.toThrow(/check/);
  });
});
