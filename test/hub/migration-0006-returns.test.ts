import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/hub/db/db';
import { findReturn, insertReturn, insertVersion, type ReturnRow, versionsOf } from '../../src/hub/db/queries/returns';
import { openTestDb } from './test-db';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

const at = new Date('2026-07-10T10:00:00.000Z');
const row = (id: string, overrides: Partial<ReturnRow> = {}): ReturnRow => ({
  id,
  memberId: 'm1',
  subContractId: `sc-${id}`,
  primeContractId: 'pc',
  quarter: '2026-Q1',
  state: 'validated',
  currentVersion: 1,
  firstCompleteVersion: 1,
  firstCompleteReceivedAt: at,
  sealedAtDevice: new Date('2026-07-09T08:00:00.000Z'),
  skewMs: -1500,
  skewMeasuredAt: at,
  timeliness: { status: 'on time', label: 'On time', dueDate: '2026-07-14' },
  acceptedAt: null,
  acceptedBy: null,
  acceptedByName: null,
  updatedAt: at,
  seq: 1,
  ...overrides,
});
const version = (id: string, returnId: string, v = 1) => ({
  id,
  returnId,
  version: v,
  data: { id, answer: 42 } as never,
  receivedAt: at,
  deviceId: 'd1',
  personId: 'p1',
  changeId: `c-${id}`,
  skewAtReceiptMs: -1500,
});

describe('migration 0006_returns', () => {
  it('keeps one return per sub-contract and quarter, with its T2 evidence as stored', async () => {
    await insertReturn(db, row('r1'));
    expect(await findReturn(db, 'sc-r1', '2026-Q1')).toEqual(row('r1'));
    await expect(insertReturn(db, row('r1-again', { subContractId: 'sc-r1' }))).rejects.toThrow(/unique|duplicate/i);
  });

  it('refuses states that live only on devices, and quarters that are not YYYY-Qn', async () => {
    await expect(insertReturn(db, row('r2', { state: 'draft' }))).rejects.toThrow(/check/);
    await expect(insertReturn(db, row('r3', { quarter: '2026-Q5' }))).rejects.toThrow(/check/);
  });

  it('keeps versions unchanged: an update or delete of a version is refused', async () => {
    await insertReturn(db, row('r4'));
    await insertVersion(db, version('v4', 'r4'));
    await expect(db.query(`update return_versions set data = '{}' where id = 'v4'`)).rejects.toThrow(/immutable/);
    await expect(db.query(`delete from return_versions where id = 'v4'`)).rejects.toThrow(/immutable/);
    expect((await versionsOf(db, 'r4')).map((v) => v.data)).toEqual([{ id: 'v4', answer: 42 }]);
  });

  it('refuses a second version with the same number, and a version of no return', async () => {
    await insertReturn(db, row('r5'));
    await insertVersion(db, version('v5', 'r5'));
    await expect(insertVersion(db, version('v5b', 'r5'))).rejects.toThrow(/unique|duplicate/i);
    await expect(insertVersion(db, version('v6', 'no-such-return'))).rejects.toThrow(/foreign key/i);
  });
});
