// Extensions (T1 with extension): asked for through push, decided by hub staff, used by timeliness.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExtensionList, ExtensionView, ReturnDetail, ReturnsGrid } from '../../src/core/hub-api';
import type { EnrolResponse } from '../../src/core/sync';
import { NORTH, people, SOUTH } from './support/fixtures';
import { openHarness, type Harness } from './support/harness';
import { pullOk } from './support/hub-client';
import { detailOf, getJson, postOk, problemOf, returnPath, send, snapshotReturnTables, staffPost } from './support/returns-client';
import { clientRecords, extensionRequestChange, freshSubContract, pushAt, Q1, returnChange, returnsConsortium, sealedReturn } from './support/returns-fixtures';

const JULY_8 = '2026-07-08T09:00:00.000Z';
let h: Harness;
let north: EnrolResponse;
let south: EnrolResponse;
beforeAll(async () => {
  h = await openHarness({ reference: returnsConsortium() });
  south = await h.device(SOUTH);
});
// Each test moves the clock where its story needs it, sometimes back; a device's rate limit does
// not expect time to run backwards, so each test syncs from a tablet of its own.
beforeEach(async () => {
  h.clock.set(JULY_8);
  north = await h.device(NORTH);
});
afterAll(() => h.close());

const N = people(NORTH);

/** A manager's request for `subContractId`'s Q1 return to be due on `date`; its id. */
async function requested(subContractId: string, date = '2026-07-31'): Promise<string> {
  h.clock.set(JULY_8);
  const change = extensionRequestChange(NORTH, date);
  change.data.subContractId = subContractId;
  const [result] = await send(h, north.token, pushAt(JULY_8, change));
  expect(result!.status).toBe('applied');
  return change.data.id;
}

describe('a member asking for an extension', () => {
  it('is listed for hub staff as requested, with who asked and why, and in the return’s trail', async () => {
    const sc = freshSubContract(NORTH);
    const id = await requested(sc);
    const staff = await h.staff();
    const list = await getJson<ExtensionList>(h.hub, staff, '/api/extensions?state=requested&primeContractId=pc-wellbeing');
    expect(list.extensions.find((e) => e.id === id)).toMatchObject({
      subContractId: sc,
      quarter: Q1,
      requestedDueDate: '2026-07-31',
      state: 'requested',
      memberId: NORTH,
      memberName: 'Northside Advice',
      requestedBy: 'Morgan Manager',
      requestedAt: JULY_8,
    });
    const detail = await detailOf(h.hub, staff, sc, Q1);
    expect(detail).toMatchObject({ state: null, returnId: null });
    expect(detail.events).toEqual([expect.objectContaining({ action: 'extension requested', summary: 'Asked for an extension from Tue 14 Jul 2026 to Fri 31 Jul 2026' })]);
  });

  it('is refused from someone who is not a manager (S2), for a date not after the due date (T1), while one waits (S3), and for another member (S1)', async () => {
    const sc = freshSubContract(NORTH);
    h.clock.set(JULY_8);
    const byStaff = extensionRequestChange(NORTH, '2026-07-31', N.staff);
    const tooEarly = extensionRequestChange(NORTH, '2026-07-14');
    const southSc = extensionRequestChange(SOUTH, '2026-07-31', N.manager);
    for (const c of [byStaff, tooEarly]) c.data.subContractId = sc;
    const results = await send(h, north.token, pushAt(JULY_8, byStaff, tooEarly, southSc));
    expect(results.map((r) => (r.status === 'rejected' ? r.findings.map((f) => `${f.ruleId}: ${f.message}`) : r.status))).toEqual([
      ['S2: Only a manager can ask for an extension'],
      ['T1: Ask for a date after the due date, Tue 14 Jul 2026'],
      ['S1: This request is for a sub-contract your organisation does not hold'],
    ]);
    await requested(sc);
    const again = extensionRequestChange(NORTH, '2026-08-07');
    again.data.subContractId = sc;
    const [waiting] = await send(h, north.token, pushAt(JULY_8, again));
    expect(waiting).toMatchObject({ status: 'rejected', findings: [{ ruleId: 'S3' }] });
  });
});

describe('hub staff deciding', () => {
  it('grant a request with a new due date and reason: the member pulls the decision, and the return is excused until then, then judged by it', async () => {
    const sc = freshSubContract(NORTH);
    const id = await requested(sc);
    const staff = await h.staff();
    const granted = await postOk<ExtensionView>(h.hub, staff, `/api/extensions/${id}/grant`, { dueDate: '2026-07-28', reason: 'Agreed: the manager is on leave' });
    expect(granted).toMatchObject({ state: 'granted', grantedDueDate: '2026-07-28', requestedDueDate: '2026-07-31', decidedBy: 'Hub Staff', decisionReason: 'Agreed: the manager is on leave' });

    const pulled = await pullOk(h.hub, north.token);
    expect(pulled.extensions.find((e) => e.id === id)).toMatchObject({ state: 'granted', grantedDueDate: '2026-07-28' });
    expect((await pullOk(h.hub, south.token)).extensions).toEqual([]);

    h.clock.set('2026-07-20T09:00:00.000Z'); // after the original due date
    let grid = await getJson<ReturnsGrid>(h.hub, await h.staff(), '/api/prime-contracts/pc-wellbeing/returns?from=2026-Q1&to=2026-Q1');
    let cell = grid.rows.find((r) => r.subContractId === sc)!.cells[0]!;
    expect(cell).toMatchObject({ state: null, dueDate: '2026-07-28', dueSource: 'extension', extension: 'granted', timeliness: { status: 'excused' } });

    const RECEIVED = '2026-07-24T09:00:00.000Z';
    h.clock.set(RECEIVED);
    await send(h, north.token, pushAt(RECEIVED, ...clientRecords(NORTH, sc), returnChange(sealedReturn(NORTH, { subContractId: sc }))));
    grid = await getJson<ReturnsGrid>(h.hub, await h.staff(), '/api/prime-contracts/pc-wellbeing/returns?from=2026-Q1&to=2026-Q1');
    cell = grid.rows.find((r) => r.subContractId === sc)!.cells[0]!;
    expect(cell.timeliness).toEqual({ status: 'on time', label: 'On time — received Fri 24 Jul 2026 at 10:00' });
    const detail = await detailOf(h.hub, await h.staff(), sc, Q1);
    expect(detail.timeliness.due).toMatchObject({ dueDate: '2026-07-28', source: 'extension' });
    expect(detail.extensions).toEqual([expect.objectContaining({ id, state: 'granted' })]);
  });

  it('decline with a reason; a decided request cannot be decided again (409)', async () => {
    const sc = freshSubContract(NORTH);
    const id = await requested(sc);
    const staff = await h.staff();
    const declined = await postOk<ExtensionView>(h.hub, staff, `/api/extensions/${id}/decline`, { reason: 'The commissioner needs the figures' });
    expect(declined).toMatchObject({ state: 'declined', grantedDueDate: null, decisionReason: 'The commissioner needs the figures' });
    const before = await snapshotReturnTables(h.db);
    expect((await problemOf(await staffPost(h.hub, staff, `/api/extensions/${id}/grant`, { dueDate: '2026-07-31', reason: 'Changed our mind' }), 409)).code).toBe('409.5');
    expect(await snapshotReturnTables(h.db)).toEqual(before);
    expect((await problemOf(await staffPost(h.hub, staff, `/api/extensions/nope/decline`, { reason: 'No such request' }), 404)).code).toBe('404.7');
  });

  it('grant one without a request, which re-judges a return already received late', async () => {
    const sc = freshSubContract(NORTH);
    const RECEIVED = '2026-07-16T09:00:00.000Z';
    h.clock.set(RECEIVED);
    await send(h, north.token, pushAt(RECEIVED, ...clientRecords(NORTH, sc), returnChange(sealedReturn(NORTH, { subContractId: sc }, RECEIVED))));
    const staff = await h.staff();
    expect((await detailOf(h.hub, staff, sc, Q1)).timeliness.status).toBe('late');

    const tooEarly = await problemOf(await staffPost(h.hub, staff, returnPath(sc, Q1, 'extension'), { dueDate: '2026-07-10', reason: 'Agreed on the phone' }), 400);
    expect(tooEarly.errors).toEqual([{ path: 'dueDate', message: 'The new due date must be after the due date, Tue 14 Jul 2026' }]);
    const granted = await postOk<ExtensionView>(h.hub, staff, returnPath(sc, Q1, 'extension'), { dueDate: '2026-07-17', reason: 'Flood at the office, agreed on the phone' }, 201);
    expect(granted).toMatchObject({ state: 'granted', requestedBy: null, grantedDueDate: '2026-07-17' });
    const detail = await detailOf(h.hub, staff, sc, Q1);
    expect(detail.timeliness.status).toBe('on time');
    expect(detail.events.at(-1)).toMatchObject({ action: 'extension granted', summary: 'Granted an extension to Fri 17 Jul 2026 (not asked for by the member)' });
    // Devices see the return's new timeliness with their next pull.
    const pulled = (await pullOk(h.hub, north.token)).returns.find((r) => r.subContractId === sc);
    expect(pulled?.timeliness).toMatchObject({ status: 'on time', dueDate: '2026-07-17' });
  });

  it('refuses changes without the CSRF token', async () => {
    const sc = freshSubContract(NORTH);
    const id = await requested(sc);
    const staff = await h.staff();
    const response = await h.hub(`/api/extensions/${id}/decline`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: staff.cookie },
      body: JSON.stringify({ reason: 'The commissioner needs the figures' }),
    });
    expect((await problemOf(response, 403)).code).toBe('403.1');
    const detail: ReturnDetail = await detailOf(h.hub, staff, sc, Q1);
    expect(detail.extensions[0]!.state).toBe('requested');
  });
});
