// DESIGN §4 T2 end to end through push: a return sealed offline before the due date is on time if
// it reaches the hub within the grace period and the device clock could be trusted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReturnsGrid } from '../../src/core/hub-api';
import { NORTH } from './support/fixtures';
import { openHarness, type Harness } from './support/harness';
import { detailOf, getJson, send } from './support/returns-client';
import { clientRecords, freshSubContract, pushAt, Q1, returnChange, returnsConsortium, sealedReturn } from './support/returns-fixtures';

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ reference: returnsConsortium() });
});
afterAll(() => h.close());

const HOUR = 3_600_000;
const shifted = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/**
 * A tablet that synced on Wed 1 Jul with its clock `skewBefore` out, sealed the Q1 return offline
 * at `realSealTime` (its own clock reading that plus the skew), and came back online at
 * `receivedAt` with its clock `skewAtReceipt` out. Q1 is due Tue 14 Jul 2026 (23:59:59 BST).
 */
async function offlineJourney(input: { skewBefore: number; realSealTime: string; receivedAt: string; skewAtReceipt: number }) {
  const device = await h.device(NORTH, 'Church hall tablet');
  const sc = freshSubContract(NORTH);
  const synced = '2026-07-01T09:00:00.000Z';
  h.clock.set(synced);
  await send(h, device.token, pushAt(shifted(synced, input.skewBefore), ...clientRecords(NORTH, sc)));
  const ret = sealedReturn(NORTH, { subContractId: sc }, shifted(input.realSealTime, input.skewBefore));
  h.clock.set(input.receivedAt);
  const [result] = await send(h, device.token, pushAt(shifted(input.receivedAt, input.skewAtReceipt), returnChange(ret)));
  expect(result!.status).toBe('applied');
  const staff = await h.staff();
  const detail = await detailOf(h.hub, staff, sc, Q1);
  const grid = await getJson<ReturnsGrid>(h.hub, staff, '/api/prime-contracts/pc-wellbeing/returns?from=2026-Q1&to=2026-Q1');
  const cell = grid.rows.find((r) => r.subContractId === sc)!.cells[0]!;
  return { detail, cell };
}

const SEALED_BEFORE_DUE = '2026-07-14T20:00:00.000Z'; // 21:00 BST on the due day
const THURSDAY_AFTER = '2026-07-16T09:00:00.000Z'; // 2 working days after, inside the 5 days' grace

describe('T2 through push', () => {
  it('sealed offline before the due date, received after it within the grace period: on time, on the offline seal', async () => {
    const { detail, cell } = await offlineJourney({ skewBefore: 4_000, realSealTime: SEALED_BEFORE_DUE, receivedAt: THURSDAY_AFTER, skewAtReceipt: 3_000 });
    expect(detail.timeliness).toMatchObject({
      status: 'on time',
      label: 'On time — sealed offline Tue 14 Jul 2026 at 21:00',
      judgement: { outcome: 'on time', basis: 'offline-seal', receivedAt: THURSDAY_AFTER, correctedSealAt: SEALED_BEFORE_DUE },
    });
    expect(cell).toMatchObject({ state: 'validated', timeliness: { status: 'on time' }, dueDate: '2026-07-14', dueSource: 'computed' });
    expect(detail.versions[0]!.skewMs).toBe(3_000);
  });

  it('the same with the device clock two hours ahead: the seal time cannot be trusted, so receipt counts — late', async () => {
    const { detail, cell } = await offlineJourney({ skewBefore: 2 * HOUR, realSealTime: SEALED_BEFORE_DUE, receivedAt: THURSDAY_AFTER, skewAtReceipt: 2 * HOUR });
    expect(detail.timeliness).toMatchObject({ status: 'late', label: 'Late (2 working days)', lateWorkingDays: 2, judgement: { outcome: 'late', basis: 'receipt' } });
    expect(detail.timeliness.judgement?.reason).toContain('the device clock was 2 hours ahead of the hub at the last sync');
    expect(cell.timeliness).toEqual({ status: 'late', label: 'Late (2 working days)' });
  });

  it('a clock that was right at the last sync but 20 minutes out when it came back cannot vouch for the seal either', async () => {
    const { detail } = await offlineJourney({ skewBefore: 1_000, realSealTime: SEALED_BEFORE_DUE, receivedAt: THURSDAY_AFTER, skewAtReceipt: -20 * 60_000 });
    expect(detail.timeliness).toMatchObject({ status: 'late', judgement: { basis: 'receipt' } });
    expect(detail.timeliness.judgement?.reason).toContain('20 minutes behind the hub');
  });

  it('sealed offline in time but received after the grace period (Tue 21 Jul): late', async () => {
    const { detail } = await offlineJourney({ skewBefore: 0, realSealTime: SEALED_BEFORE_DUE, receivedAt: '2026-07-22T08:00:00.000Z', skewAtReceipt: 0 });
    expect(detail.timeliness).toMatchObject({ status: 'late', label: 'Late (6 working days)' });
  });

  it('sealed after the deadline and received the next day: late by receipt', async () => {
    const { detail } = await offlineJourney({ skewBefore: 0, realSealTime: '2026-07-15T07:00:00.000Z', receivedAt: '2026-07-15T09:00:00.000Z', skewAtReceipt: 0 });
    expect(detail.timeliness).toMatchObject({ status: 'late', label: 'Late (1 working day)' });
  });
});
