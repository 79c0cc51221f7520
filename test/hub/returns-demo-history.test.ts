// First start with the demo consortium: its accepted history appears as locked returns in the grid.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferenceData, DEMO_HISTORY_QUARTERS } from '../../src/core/demo';
import { ReturnsGrid, type ReturnDetail } from '../../src/core/hub-api';
import { PullResponse } from '../../src/core/sync';
import type { Db } from '../../src/hub/db/db';
import { createApp } from '../../src/hub/http/app';
import { prepareHubData, type StartReport } from '../../src/hub/services/first-start';
import { appFetch, enrolWithCode, type HubFetch, pullOk, signInStaff, type StaffLogin } from './support/hub-client';
import { getJson } from './support/returns-client';
import { openTestDb } from './test-db';

let db: Db;
let hub: HubFetch;
let staff: StaffLogin;
let report: StartReport;
const now = new Date('2026-11-20T10:00:00.000Z');
beforeAll(async () => {
  db = await openTestDb();
  report = await prepareHubData(db, { demo: demoReferenceData(), now });
  hub = appFetch(createApp({ db, now: () => now }));
  staff = await signInStaff(hub, report.staffSignIn!.email, report.staffSignIn!.password);
});
afterAll(() => db.close());

const historyRange = `?from=${DEMO_HISTORY_QUARTERS[0]}&to=${DEMO_HISTORY_QUARTERS.at(-1)}`;

describe('the demo history at the hub', () => {
  it('shows every history quarter of every sub-contract as accepted and locked, each with its timeliness', async () => {
    const demo = demoReferenceData();
    for (const pc of demo.primeContracts) {
      const grid = ReturnsGrid.parse(await getJson(hub, staff, `/api/prime-contracts/${pc.id}/returns${historyRange}`));
      const cells = grid.rows.flatMap((r) => r.cells.filter((c) => c.expected));
      expect(cells.length).toBe(demo.returns.filter((r) => demo.subContracts.find((s) => s.id === r.subContractId)?.primeContractId === pc.id).length);
      expect(new Set(cells.map((c) => c.state))).toEqual(new Set(['locked']));
      expect(cells.every((c) => c.errors === 0 && c.unexplainedWarnings === 0 && c.completeness === 1)).toBe(true);
      for (const rate of grid.rates) expect(rate.reportingRate).toBe(1);
    }
  });

  it('keeps the demo’s late return late, with its trail', async () => {
    const late = await getJson<ReturnDetail>(hub, staff, '/api/returns/sc-befriending/2026-Q1');
    expect(late).toMatchObject({ state: 'locked', acceptedBy: 'Hub contract manager', timeliness: { status: 'late' } });
    expect(late.events.map((e) => e.action)).toEqual(['received', 'validated', 'accepted', 'locked']);
    const grid = ReturnsGrid.parse(await getJson(hub, staff, `/api/prime-contracts/pc-wellbeing/returns?from=2026-Q1&to=2026-Q1`));
    expect(grid.rates[0]).toMatchObject({ reportingRate: 1, onTimeRate: (grid.rates[0]!.expected - 1) / grid.rates[0]!.expected });
  });

  it('sends a demo member’s tablet its own locked returns, and loads nothing twice on a later start', async () => {
    const code = report.enrolmentCodes.find((c) => c.memberId === 'm-befriending')!;
    const device = await enrolWithCode(hub, code.code);
    const pulled = PullResponse.parse(await pullOk(hub, device.token));
    expect(pulled.returns.length).toBe(DEMO_HISTORY_QUARTERS.length);
    expect(pulled.returns.every((r) => r.memberId === 'm-befriending' && r.state === 'locked')).toBe(true);

    const count = async () => (await db.query<{ n: number }>('select count(*) as n from return_versions')).rows[0]!.n;
    const before = await count();
    await prepareHubData(db, { demo: demoReferenceData(), now });
    expect(await count()).toBe(before);
  });
});
