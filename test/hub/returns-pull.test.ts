// Pull carries the hub's returns, queries and extension decisions — only the device's member's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PullResponse, type EnrolResponse } from '../../src/core/sync';
import { NORTH, SOUTH } from './support/fixtures';
import { openHarness, type Harness } from './support/harness';
import { pullOk } from './support/hub-client';
import { postOk, returnPath, send } from './support/returns-client';
import { clientRecords, extensionRequestChange, freshSubContract, pushAt, Q1, returnChange, returnsConsortium, sealedReturn } from './support/returns-fixtures';

let h: Harness;
let north: EnrolResponse;
let south: EnrolResponse;
const AT = '2026-07-10T10:00:00.000Z';
beforeAll(async () => {
  h = await openHarness({ reference: returnsConsortium() });
  north = await h.device(NORTH);
  south = await h.device(SOUTH);
  h.clock.set(AT);
});
afterAll(() => h.close());

const pull = async (token: string, since = '0') => PullResponse.parse(await pullOk(h.hub, token, since));

describe('pull and returns', () => {
  it('gives a device its member’s returns with the hub’s state, findings and timeliness — and another member’s device none of them', async () => {
    const sc = freshSubContract(NORTH);
    const ret = sealedReturn(NORTH, { subContractId: sc });
    await send(h, north.token, pushAt(AT, ...clientRecords(NORTH, sc), returnChange(ret)));
    const southRequest = extensionRequestChange(SOUTH, '2026-07-31');
    expect((await send(h, south.token, pushAt(AT, southRequest)))[0]!.status).toBe('applied');
    const northPull = await pull(north.token);
    expect(northPull.extensions).toEqual([]);
    const mine = northPull.returns.filter((r) => r.subContractId === sc);
    expect(mine).toEqual([
      expect.objectContaining({
        memberId: NORTH,
        quarter: Q1,
        state: 'validated',
        findings: [],
        completeness: 1,
        timeliness: { status: 'on time', label: 'On time — received Fri 10 Jul 2026 at 11:00', dueDate: '2026-07-14' },
        acceptedAt: null,
        version: expect.objectContaining({ id: ret.id, version: 1, state: 'validated', receivedAt: AT }),
      }),
    ]);
    const theirs = await pull(south.token);
    expect(theirs.returns).toEqual([]);
    expect(theirs.queries).toEqual([]);
    expect(theirs.extensions).toEqual([expect.objectContaining({ id: southRequest.data.id, state: 'requested', decidedAt: null })]);
  });

  it('sends a return again, with its query, when hub staff change it; a South device still sees nothing', async () => {
    const sc = freshSubContract(NORTH);
    await send(h, north.token, pushAt(AT, ...clientRecords(NORTH, sc), returnChange(sealedReturn(NORTH, { subContractId: sc }))));
    const { cursor } = await pull(north.token);
    const southCursor = (await pull(south.token)).cursor;
    expect((await pull(north.token, cursor)).returns).toEqual([]);

    await postOk(h.hub, await h.staff(), returnPath(sc, Q1, 'queries'), { path: 'figures.volunteer-hours.value', question: 'Is 12.5 right?' }, 201);
    const next = await pull(north.token, cursor);
    expect(next.returns.map((r) => [r.subContractId, r.state])).toEqual([[sc, 'queried']]);
    expect(next.queries).toEqual([expect.objectContaining({ path: 'figures.volunteer-hours.value', question: 'Is 12.5 right?', state: 'open', returnId: next.returns[0]!.returnId })]);
    const southNext = await pull(south.token, southCursor);
    expect([southNext.returns, southNext.queries]).toEqual([[], []]);
  });
});
