// Issue 6, hub side: a sealed return version reaches the hub through push.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnrolResponse } from '../../src/core/sync';
import { NORTH, people, SOUTH } from './support/fixtures';
import { openHarness, type Harness } from './support/harness';
import { detailOf, send, snapshotReturnTables } from './support/returns-client';
import { clientRecords, freshSubContract, pushAt, Q1, resubmitted, returnChange, returnsConsortium, sealedReturn } from './support/returns-fixtures';

let h: Harness;
let north: EnrolResponse;
beforeAll(async () => {
  h = await openHarness({ reference: returnsConsortium() });
  north = await h.device(NORTH);
});
afterAll(() => h.close());

const N = people(NORTH);
const JULY_10 = '2026-07-10T10:00:00.000Z';
// Staff sign in at the test clock's time (a session lasts 12 hours), so each check signs in afresh.

describe('a sealed return reaching the hub', () => {
  it('is received, validated with the records sent in the same batch, and recorded with its findings and audit trail', async () => {
    h.clock.set(JULY_10);
    const sc = freshSubContract(NORTH);
    const ret = sealedReturn(NORTH, { subContractId: sc });
    const results = await send(h, north.token, pushAt(JULY_10, returnChange(ret), ...clientRecords(NORTH, sc)));
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);

    const detail = await detailOf(h.hub, await h.staff(), sc, Q1);
    expect(detail).toMatchObject({ state: 'validated', currentVersion: 1, findings: [], completeness: { score: 1 }, canAccept: true });
    expect(detail.firstCompleteReceivedAt).toBe(JULY_10);
    expect(detail.timeliness).toMatchObject({ status: 'on time' });
    expect(detail.versions).toEqual([expect.objectContaining({ id: ret.id, version: 1, receivedAt: JULY_10, personId: N.manager, errors: 0 })]);
    expect(detail.events.map((e) => [e.action, e.fromState, e.toState, e.actorKind])).toEqual([
      ['received', null, 'received', 'person'],
      ['validated', 'received', 'validated', 'hub'],
    ]);
    const stored = await h.db.query<{ data: { receivedAt: string; state: string } }>('select data from return_versions where id = $1', [ret.id]);
    expect(stored.rows[0]!.data).toMatchObject({ receivedAt: JULY_10, state: 'sealed' });
  });

  it('moves to validated even with errors the hub alone can see (A4 against its records), for hub staff to act on', async () => {
    h.clock.set(JULY_10);
    const sc = freshSubContract(NORTH);
    // The device says 3 clients came from its records; the hub has none of them.
    await send(h, north.token, pushAt(JULY_10, returnChange(sealedReturn(NORTH, { subContractId: sc }))));
    const detail = await detailOf(h.hub, await h.staff(), sc, Q1);
    expect(detail.state).toBe('validated');
    expect(detail.findings.filter((f) => f.severity === 'error').map((f) => [f.ruleId, f.path])).toEqual([
      ['A4', 'figures.unique-clients.value'],
      ['A4', 'figures.unique-clients.yearToDate'],
    ]);
    expect(detail.canAccept).toBe(false);
    // An A4 error does not make a return incomplete: it counts as received for T2.
    expect(detail.firstCompleteReceivedAt).toBe(JULY_10);
  });

  it('does not count an incomplete version (a C error) for T2; the first complete version does', async () => {
    h.clock.set(JULY_10);
    const sc = freshSubContract(NORTH);
    const blank = sealedReturn(NORTH, { subContractId: sc, figures: [{ indicatorId: 'unique-clients', value: null, breakdowns: {}, derived: null, overrideReason: '' }] });
    await send(h, north.token, pushAt(JULY_10, ...clientRecords(NORTH, sc), returnChange(blank)));
    let detail = await detailOf(h.hub, await h.staff(), sc, Q1);
    expect(detail.findings.some((f) => f.ruleId === 'C1' && f.severity === 'error')).toBe(true);
    expect(detail.firstCompleteReceivedAt).toBeNull();
    expect(detail.timeliness.status).toBe('due soon');

    const JULY_13 = '2026-07-13T09:00:00.000Z';
    h.clock.set(JULY_13);
    await send(h, north.token, pushAt(JULY_13, returnChange(resubmitted(blank, { figures: sealedReturn(NORTH).figures }))));
    detail = await detailOf(h.hub, await h.staff(), sc, Q1);
    expect(detail).toMatchObject({ state: 'validated', currentVersion: 2, firstCompleteReceivedAt: JULY_13, findings: [] });
    expect(detail.events.map((e) => [e.action, e.fromState, e.toState])).toEqual([
      ['received', null, 'received'],
      ['validated', 'received', 'validated'],
      ['resubmitted', 'validated', 'resubmitted'],
      ['validated', 'resubmitted', 'validated'],
    ]);
    expect(detail.events[2]!.summary).toContain('Unique clients blank → 3');
    expect(detail.versions[1]!.differences).toContainEqual({ path: 'figures.unique-clients.value', label: 'Unique clients', from: null, to: 3 });
  });

  it('refuses a version that is not later than the one the hub holds, and changes nothing', async () => {
    h.clock.set(JULY_10);
    const sc = freshSubContract(NORTH);
    const first = sealedReturn(NORTH, { subContractId: sc });
    await send(h, north.token, pushAt(JULY_10, ...clientRecords(NORTH, sc), returnChange(first)));
    const before = await snapshotReturnTables(h.db);
    const sameNumber = { ...first, id: `${first.id}-b` };
    const [result] = await send(h, north.token, pushAt(JULY_10, returnChange(sameNumber)));
    expect(result).toMatchObject({ status: 'rejected', findings: [{ ruleId: 'S3', path: 'data.version' }] });
    const after = await snapshotReturnTables(h.db);
    expect({ ...after, change_outcomes: [] }).toEqual({ ...before, change_outcomes: [] });
  });

  it('is idempotent: replaying the push answers “duplicate” and leaves every table as it was', async () => {
    h.clock.set(JULY_10);
    const sc = freshSubContract(NORTH);
    const body = pushAt(JULY_10, ...clientRecords(NORTH, sc), returnChange(sealedReturn(NORTH, { subContractId: sc })));
    const first = await send(h, north.token, body);
    const before = await snapshotReturnTables(h.db);
    h.clock.advance(60_000);
    const again = await send(h, north.token, body);
    expect(again.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate']);
    expect(again.map((r) => ('version' in r ? r.version : null))).toEqual(first.map((r) => ('version' in r ? r.version : null)));
    expect(await snapshotReturnTables(h.db)).toEqual(before);
  });
});

describe('who may send a return', () => {
  it('refuses a return sent by someone who is not a manager (S2), and one sealed in a non-manager’s name', async () => {
    const sc = freshSubContract(NORTH);
    const before = await snapshotReturnTables(h.db);
    const byStaff = returnChange(sealedReturn(NORTH, { subContractId: sc }), N.staff);
    const ret = sealedReturn(NORTH, { subContractId: sc });
    const sealedByVolunteer = returnChange({ ...ret, seal: { ...ret.seal!, managerId: N.volunteer } }, N.manager);
    const results = await send(h, north.token, pushAt(JULY_10, byStaff, sealedByVolunteer));
    expect(results).toEqual([
      expect.objectContaining({ status: 'rejected', findings: [expect.objectContaining({ ruleId: 'S2', message: 'Only a manager can seal and send a return' })] }),
      expect.objectContaining({ status: 'rejected', findings: [expect.objectContaining({ ruleId: 'S2', path: 'data.seal.managerId' })] }),
    ]);
    const after = await snapshotReturnTables(h.db);
    expect(after.returns).toEqual(before.returns);
    expect(after.return_versions).toEqual(before.return_versions);
  });

  it('refuses another member’s return from this device (S1) and says nothing about it', async () => {
    const southSc = freshSubContract(SOUTH);
    const before = await snapshotReturnTables(h.db);
    const southReturn = sealedReturn(SOUTH, { subContractId: southSc });
    const relabelled = sealedReturn(NORTH, { subContractId: southSc });
    const results = await send(h, north.token, pushAt(JULY_10, returnChange(southReturn, N.manager), returnChange(relabelled)));
    expect(results.map((r) => (r.status === 'rejected' ? r.findings.map((f) => `${f.ruleId} ${f.path}`) : r.status))).toEqual([
      ['S1 data.memberId'],
      ['S1 data.subContractId'],
    ]);
    const after = await snapshotReturnTables(h.db);
    expect(after.returns).toEqual(before.returns);
  });

  it('refuses a return for a quarter the sub-contract does not run in', async () => {
    const sc = freshSubContract(NORTH);
    const [result] = await send(h, north.token, pushAt(JULY_10, returnChange(sealedReturn(NORTH, { subContractId: sc, quarter: '2025-Q4' }))));
    expect(result).toMatchObject({ status: 'rejected', findings: [{ ruleId: 'S1', path: 'data.quarter' }] });
  });
});
