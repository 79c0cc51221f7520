import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/hub/db/db';
import { decideExtension, type ExtensionRow, findExtension, insertExtension } from '../../src/hub/db/queries/extensions';
import { openTestDb } from './test-db';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

const request: ExtensionRow = {
  id: 'e1',
  memberId: 'm1',
  subContractId: 'sc1',
  primeContractId: 'pc',
  quarter: '2026-Q1',
  requestedDueDate: '2026-07-31',
  reason: 'Our manager is on leave',
  requestedBy: 'p1',
  requestedByName: 'Morgan',
  requestedAt: new Date('2026-07-08T09:00:00.000Z'),
  deviceId: 'd1',
  state: 'requested',
  decidedBy: null,
  decidedByName: null,
  decidedAt: null,
  decisionReason: null,
  grantedDueDate: null,
  seq: 1,
};

describe('migration 0010_extensions', () => {
  it('keeps dates as calendar dates and records one decision on a request', async () => {
    await insertExtension(db, request);
    expect(await findExtension(db, 'e1')).toEqual(request);
    const decision = { state: 'granted' as const, decidedBy: 'u1', decidedByName: 'Hub', decidedAt: new Date('2026-07-09T09:00:00.000Z'), decisionReason: 'Fair enough', grantedDueDate: '2026-07-28', seq: 2 };
    expect(await decideExtension(db, 'e1', decision)).toBe(true);
    expect(await decideExtension(db, 'e1', { ...decision, state: 'declined', grantedDueDate: null })).toBe(false);
    expect(await findExtension(db, 'e1')).toEqual({ ...request, ...decision });
  });

  it('refuses a grant without a due date, and a request that carries a decision time', async () => {
    await expect(insertExtension(db, { ...request, id: 'e2', state: 'granted', decidedAt: new Date() })).rejects.toThrow(/check/);
    await expect(insertExtension(db, { ...request, id: 'e3', decidedAt: new Date() })).rejects.toThrow(/check/);
  });
});
