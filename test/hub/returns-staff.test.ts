// Issue 6, hub side: each change of a return's state by hub staff, and the forbidden ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReturnDetail } from '../../src/core/hub-api';
import type { EnrolResponse } from '../../src/core/sync';
import { NORTH, people, SOUTH } from './support/fixtures';
import { openHarness, type Harness } from './support/harness';
import { pullOk } from './support/hub-client';
import { detailOf, postOk, problemOf, returnPath, send, snapshotReturnTables, staffPost } from './support/returns-client';
import { answerChange, clientRecords, freshSubContract, pushAt, Q1, resubmitted, returnChange, returnsConsortium, sealedReturn } from './support/returns-fixtures';

let h: Harness;
let north: EnrolResponse;
let south: EnrolResponse;
beforeAll(async () => {
  h = await openHarness({ reference: returnsConsortium() });
  north = await h.device(NORTH);
  south = await h.device(SOUTH);
});
afterAll(() => h.close());

const N = people(NORTH);
const AT = '2026-07-10T10:00:00.000Z';

/** A clean return of a fresh North sub-contract, received and validated. */
async function receivedReturn(overrides: Parameters<typeof sealedReturn>[1] = {}) {
  h.clock.set(AT);
  const sc = freshSubContract(NORTH);
  const ret = sealedReturn(NORTH, { subContractId: sc, ...overrides });
  const results = await send(h, north.token, pushAt(AT, ...clientRecords(NORTH, sc), returnChange(ret)));
  expect(results.at(-1)!.status).toBe('applied');
  return { sc, ret, staff: await h.staff() };
}

const states = (d: ReturnDetail) => d.events.map((e) => `${e.action}: ${e.fromState ?? '-'} → ${e.toState ?? '-'}`);

describe('staff routes need a session, and a CSRF token to change anything', () => {
  it('refuses reads without a session (401) and writes without the token (403), changing nothing', async () => {
    const { sc, staff } = await receivedReturn();
    expect((await problemOf(await h.hub(returnPath(sc, Q1)), 401)).code).toBe('401.1');
    expect((await problemOf(await h.hub(`/api/prime-contracts/pc-wellbeing/returns`), 401)).code).toBe('401.1');
    const before = await snapshotReturnTables(h.db);
    for (const [action, body] of [
      ['accept', { version: 1 }],
      ['queries', { path: 'figures.unique-clients.value', question: 'Why?' }],
      ['reopen', { reason: 'A figure was wrong' }],
      ['extension', { dueDate: '2026-07-31', reason: 'The hub agreed more time' }],
    ] as const) {
      const response = await h.hub(returnPath(sc, Q1, action), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: staff.cookie },
        body: JSON.stringify(body),
      });
      expect((await problemOf(response, 403)).code).toBe('403.1');
    }
    expect(await snapshotReturnTables(h.db)).toEqual(before);
  });
});

describe('queries', () => {
  it('raises a query on a field (validated → queried) that the member’s devices pull, and no other member’s', async () => {
    const { sc, staff } = await receivedReturn();
    const detail = await postOk<ReturnDetail>(h.hub, staff, returnPath(sc, Q1, 'queries'), { path: 'figures.unique-clients.value', question: 'Only 3 clients?' }, 201);
    expect(detail.state).toBe('queried');
    expect(detail.queries).toEqual([expect.objectContaining({ path: 'figures.unique-clients.value', question: 'Only 3 clients?', state: 'open', raisedBy: 'Hub Staff', returnVersion: 1 })]);
    expect(states(detail).at(-1)).toBe('query raised: validated → queried');

    const pulled = await pullOk(h.hub, north.token);
    expect(pulled.queries.map((q) => q.id)).toContain(detail.queries[0]!.id);
    expect(pulled.returns.find((r) => r.subContractId === sc)).toMatchObject({ state: 'queried', version: { state: 'queried', version: 1 } });
    const southPull = await pullOk(h.hub, south.token);
    expect(southPull.queries).toEqual([]);
    expect(southPull.returns).toEqual([]);
  });

  it('refuses a query on a field the return does not have (400), and changes nothing', async () => {
    const { sc, staff } = await receivedReturn();
    const before = await snapshotReturnTables(h.db);
    const problem = await problemOf(await staffPost(h.hub, staff, returnPath(sc, Q1, 'queries'), { path: 'figures.no-such.value', question: 'What?' }), 400);
    expect(problem.errors).toEqual([{ path: 'path', message: "'figures.no-such.value' is not a field of this return" }]);
    expect(await snapshotReturnTables(h.db)).toEqual(before);
  });

  it('takes a manager’s answer by comment, refuses one from staff (S2) and from another member’s device (S1)', async () => {
    const { sc, staff } = await receivedReturn();
    const { queries } = await postOk<ReturnDetail>(h.hub, staff, returnPath(sc, Q1, 'queries'), { path: 'return', question: 'Tell us more' }, 201);
    const queryId = queries[0]!.id;
    const [bySouth] = await send(h, south.token, pushAt(AT, answerChange(queryId, 'Not ours', people(SOUTH).manager)));
    expect(bySouth).toMatchObject({ status: 'rejected', findings: [{ ruleId: 'S1', message: 'The hub has no such query for your organisation' }] });
    const [byStaff] = await send(h, north.token, pushAt(AT, answerChange(queryId, 'I think so', N.staff)));
    expect(byStaff).toMatchObject({ status: 'rejected', findings: [{ ruleId: 'S2', message: 'Only a manager can answer a hub query' }] });
    const [byManager] = await send(h, north.token, pushAt(AT, answerChange(queryId, 'Two venues were closed in May', N.manager)));
    expect(byManager!.status).toBe('applied');

    const detail = await detailOf(h.hub, staff, sc, Q1);
    expect(detail.state).toBe('queried');
    expect(detail.queries[0]).toMatchObject({ state: 'answered', answers: [{ by: 'Morgan Manager', comment: 'Two venues were closed in May' }] });
    expect(states(detail).at(-1)).toBe('query answered: queried → queried');
  });

  it('moves a resubmission after a query queried → resubmitted → validated, answering the open query', async () => {
    const { sc, ret, staff } = await receivedReturn();
    await postOk(h.hub, staff, returnPath(sc, Q1, 'queries'), { path: 'figures.volunteer-hours.value', question: 'Hours look low' }, 201);
    const v2 = resubmitted(ret, { figures: [ret.figures[0]!, { ...ret.figures[1]!, value: 20 }] });
    expect((await send(h, north.token, pushAt(AT, returnChange(v2))))[0]!.status).toBe('applied');
    const detail = await detailOf(h.hub, staff, sc, Q1);
    expect(detail).toMatchObject({ state: 'validated', currentVersion: 2 });
    expect(states(detail).slice(-3)).toEqual(['query raised: validated → queried', 'resubmitted: queried → resubmitted', 'validated: resubmitted → validated']);
    expect(detail.queries[0]).toMatchObject({ state: 'answered', answers: [{ comment: 'Resubmitted the return as version 2' }] });
    expect(detail.versions[1]!.differences).toEqual([{ path: 'figures.volunteer-hours.value', label: 'Volunteer hours', from: 12.5, to: 20 }]);
  });
});

describe('accepting', () => {
  it('refuses (409) while errors remain, and changes nothing', async () => {
    h.clock.set(AT);
    const sc = freshSubContract(NORTH);
    await send(h, north.token, pushAt(AT, returnChange(sealedReturn(NORTH, { subContractId: sc })))); // no records: A4 errors
    const staff = await h.staff();
    const before = await snapshotReturnTables(h.db);
    const problem = await problemOf(await staffPost(h.hub, staff, returnPath(sc, Q1, 'accept'), { version: 1 }), 409);
    expect(problem.code).toBe('409.2');
    expect(problem.detail).toContain('2 errors remain');
    expect(await snapshotReturnTables(h.db)).toEqual(before);
  });

  it('refuses (409) while a warning is unexplained, and accepts the version that explains it', async () => {
    const off = { indicatorId: 'unique-clients', value: 5, breakdowns: {}, derived: null, overrideReason: '', yearToDate: 5 };
    const { sc, ret, staff } = await receivedReturn({ figures: [off, sealedReturn(NORTH).figures[1]!] });
    let detail = await detailOf(h.hub, staff, sc, Q1);
    expect(detail.findings.map((f) => `${f.ruleId} ${f.severity}`).sort()).toEqual(['A5 warning', 'C4 warning']);
    const problem = await problemOf(await staffPost(h.hub, staff, returnPath(sc, Q1, 'accept'), { version: 1 }), 409);
    expect(problem.detail).toContain('2 warnings have no explanation');

    const explanations = Object.fromEntries(detail.findings.map((f) => [f.key, 'Two clients came back from last year’s waiting list']));
    await send(h, north.token, pushAt(AT, returnChange(resubmitted(ret, { explanations }))));
    detail = await detailOf(h.hub, staff, sc, Q1);
    expect(detail.findings.every((f) => f.explanation !== null)).toBe(true);
    expect(detail.canAccept).toBe(true);
    detail = await postOk<ReturnDetail>(h.hub, staff, returnPath(sc, Q1, 'accept'), { version: 2 });
    expect(detail.state).toBe('locked');
  });

  it('refuses (409) to accept a version other than the current one', async () => {
    const { sc, ret, staff } = await receivedReturn();
    await send(h, north.token, pushAt(AT, returnChange(resubmitted(ret))));
    const problem = await problemOf(await staffPost(h.hub, staff, returnPath(sc, Q1, 'accept'), { version: 1 }), 409);
    expect(problem).toMatchObject({ code: '409.3', detail: expect.stringContaining('the hub now has version 2') });
  });

  it('locks the return at once (→ accepted → locked), closes its queries, and the tablet sees it locked', async () => {
    const { sc, staff } = await receivedReturn();
    await postOk(h.hub, staff, returnPath(sc, Q1, 'queries'), { path: 'return', question: 'All fine?' }, 201);
    const detail = await postOk<ReturnDetail>(h.hub, staff, returnPath(sc, Q1, 'accept'), { version: 1 });
    expect(detail).toMatchObject({ state: 'locked', acceptedAt: AT, acceptedBy: 'Hub Staff', canAccept: false });
    expect(states(detail).slice(-2)).toEqual(['accepted: queried → accepted', 'locked: accepted → locked']);
    expect(detail.queries[0]!.state).toBe('closed');
    const pulled = (await pullOk(h.hub, north.token)).returns.find((r) => r.subContractId === sc);
    expect(pulled).toMatchObject({ state: 'locked', acceptedAt: AT, acceptedBy: 'Hub Staff', version: { state: 'locked' } });
    // Accepting twice is refused: it is locked.
    expect((await problemOf(await staffPost(h.hub, staff, returnPath(sc, Q1, 'accept'), { version: 1 }), 409)).code).toBe('409.4');
  });

  it('refuses a new version of a locked return from the member, with a clear finding, and changes nothing', async () => {
    const { sc, ret, staff } = await receivedReturn();
    await postOk(h.hub, staff, returnPath(sc, Q1, 'accept'), { version: 1 });
    const before = await snapshotReturnTables(h.db);
    const [result] = await send(h, north.token, pushAt(AT, returnChange(resubmitted(ret))));
    expect(result).toMatchObject({
      status: 'rejected',
      findings: [{ ruleId: 'S3', message: 'This return was accepted on Fri 10 Jul 2026 and is locked; ask the hub to reopen it' }],
    });
    const after = await snapshotReturnTables(h.db);
    expect({ ...after, change_outcomes: [] }).toEqual({ ...before, change_outcomes: [] });
  });
});

describe('reopening', () => {
  it('reopens a locked return with a reason (locked → validated), after which the member may resubmit', async () => {
    const { sc, ret, staff } = await receivedReturn();
    await postOk(h.hub, staff, returnPath(sc, Q1, 'accept'), { version: 1 });
    const detail = await postOk<ReturnDetail>(h.hub, staff, returnPath(sc, Q1, 'reopen'), { reason: 'The commissioner found a typo in the hours' });
    expect(detail).toMatchObject({ state: 'validated', acceptedAt: null });
    expect(detail.events.at(-1)).toMatchObject({ action: 'reopened', fromState: 'locked', toState: 'validated', reason: 'The commissioner found a typo in the hours', actorName: 'Hub Staff' });
    expect((await send(h, north.token, pushAt(AT, returnChange(resubmitted(ret)))))[0]!.status).toBe('applied');
  });

  it('reopens with a query (locked → queried); refuses to reopen a return that is not locked, or without a reason', async () => {
    const { sc, staff } = await receivedReturn();
    expect((await problemOf(await staffPost(h.hub, staff, returnPath(sc, Q1, 'reopen'), { reason: 'Nothing to reopen' }), 409)).code).toBe('409.4');
    await postOk(h.hub, staff, returnPath(sc, Q1, 'accept'), { version: 1 });
    expect((await problemOf(await staffPost(h.hub, staff, returnPath(sc, Q1, 'reopen'), { reason: 'no' }), 400)).code).toBe('400.2');
    const detail = await postOk<ReturnDetail>(h.hub, staff, returnPath(sc, Q1, 'reopen'), {
      reason: 'The hours do not match the rota',
      query: { path: 'figures.volunteer-hours.value', question: 'Please check the hours against the rota' },
    });
    expect(detail.state).toBe('queried');
    expect(states(detail).slice(-2)).toEqual(['reopened: locked → queried', 'query raised: queried → queried']);
    expect(detail.queries.find((q) => q.state === 'open')).toMatchObject({ path: 'figures.volunteer-hours.value' });
  });

  it('closes an answered query; closing it again is refused', async () => {
    const { sc, staff } = await receivedReturn();
    const { queries } = await postOk<ReturnDetail>(h.hub, staff, returnPath(sc, Q1, 'queries'), { path: 'return', question: 'Any changes in staffing?' }, 201);
    const detail = await postOk<ReturnDetail>(h.hub, staff, `/api/queries/${queries[0]!.id}/close`, { note: 'Answered by phone' });
    expect(detail.queries[0]!.state).toBe('closed');
    expect(detail.events.at(-1)).toMatchObject({ action: 'query closed', summary: 'Closed the query on return: Answered by phone' });
    expect((await problemOf(await staffPost(h.hub, staff, `/api/queries/${queries[0]!.id}/close`, {}), 409)).code).toBe('409.6');
    expect((await problemOf(await staffPost(h.hub, staff, `/api/queries/nope/close`, {}), 404)).code).toBe('404.6');
  });
});

describe('addresses', () => {
  it('answers 404 for an unknown sub-contract, a malformed quarter, and a quarter the sub-contract does not run in', async () => {
    const staff = await h.staff();
    for (const path of [returnPath('sc-none', Q1), returnPath('sc-m-north', '2026-Q9'), returnPath('sc-m-north', '2024-Q1')]) {
      const response = await h.hub(path, { headers: { Cookie: staff.cookie } });
      expect((await problemOf(response, 404)).code).toBe('404.4');
    }
  });
});
