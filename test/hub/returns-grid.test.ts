// The returns grid of a prime contract: members × quarters with T3, completeness and findings, and T4 per quarter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrimeContractList, ReturnsGrid } from '../../src/core/hub-api';
import { NORTH, subContractOf } from './support/fixtures';
import { openHarness, type Harness } from './support/harness';
import type { StaffLogin } from './support/hub-client';
import { getJson, problemOf, send } from './support/returns-client';
import { clientRecords, pushAt, returnChange, sealedReturn } from './support/returns-fixtures';

let h: Harness;
let staff: StaffLogin;
const RECEIVED = '2026-07-10T10:00:00.000Z';
beforeAll(async () => {
  h = await openHarness(); // North and South each hold one sub-contract of pc-wellbeing, profiled at 40 clients in Q1
  const north = await h.device(NORTH);
  h.clock.set(RECEIVED);
  const sc = subContractOf(NORTH);
  await send(h, north.token, pushAt(RECEIVED, ...clientRecords(NORTH, sc), returnChange(sealedReturn(NORTH, { subContractId: sc }))));
  h.clock.set('2026-07-20T09:00:00.000Z');
  staff = await h.staff();
});
afterAll(() => h.close());

const grid = async (query = '') => ReturnsGrid.parse(await getJson(h.hub, staff, `/api/prime-contracts/pc-wellbeing/returns${query}`));

describe('GET /api/prime-contracts/:id/returns', () => {
  it('shows each member’s return per quarter, by default from the contract’s start to the current quarter', async () => {
    const g = await grid();
    expect(g.quarters).toEqual(['2026-Q1', '2026-Q2']);
    expect(g.rows.map((r) => r.memberName)).toEqual(['Northside Advice', 'Southside Carers']);
    const [north, south] = g.rows;
    expect(north!.cells[0]).toEqual({
      quarter: '2026-Q1',
      expected: true,
      state: 'validated',
      currentVersion: 1,
      timeliness: { status: 'on time', label: 'On time — received Fri 10 Jul 2026 at 11:00' },
      dueDate: '2026-07-14',
      dueSource: 'computed',
      completeness: 1,
      errors: 0,
      warnings: 1, // C4: 3 clients against a profile of 40
      unexplainedWarnings: 1,
      openQueries: 0,
      extension: null,
    });
    expect(south!.cells[0]).toMatchObject({ state: null, completeness: null, timeliness: { status: 'overdue', label: 'Overdue (4 working days) — was due Tue 14 Jul 2026' } });
    expect(north!.cells[1]).toMatchObject({ state: null, timeliness: { status: 'not due' }, dueDate: '2026-10-14' });
  });

  it('gives T4 per quarter: expected = active sub-contracts, received, on time, and their rates', async () => {
    const g = await grid();
    expect(g.rates).toEqual([
      { quarter: '2026-Q1', expected: 2, received: 1, receivedOnTime: 1, reportingRate: 0.5, onTimeRate: 0.5 },
      { quarter: '2026-Q2', expected: 2, received: 0, receivedOnTime: 0, reportingRate: 0, onTimeRate: 0 },
    ]);
  });

  it('expects nothing in a quarter the sub-contracts do not run in: no status, and rates of null rather than 0 ÷ 0', async () => {
    const g = await grid('?from=2025-Q4&to=2026-Q1');
    expect(g.rows[0]!.cells[0]).toMatchObject({ quarter: '2025-Q4', expected: false, timeliness: null, dueDate: null });
    expect(g.rates[0]).toEqual({ quarter: '2025-Q4', expected: 0, received: 0, receivedOnTime: 0, reportingRate: null, onTimeRate: null });
  });

  it('refuses an unknown prime contract (404), a backwards or too long range and unknown filters (400)', async () => {
    const get = (path: string) => h.hub(path, { headers: { Cookie: staff.cookie } });
    expect((await problemOf(await get('/api/prime-contracts/pc-none/returns'), 404)).code).toBe('404.5');
    expect((await problemOf(await get('/api/prime-contracts/pc-wellbeing/returns?from=2026-Q3&to=2026-Q1'), 400)).errors).toEqual([{ path: 'from', message: '2026-Q3 is after 2026-Q1' }]);
    expect((await problemOf(await get('/api/prime-contracts/pc-wellbeing/returns?from=2023-Q1&to=2026-Q1'), 400)).code).toBe('400.2');
    expect((await problemOf(await get('/api/prime-contracts/pc-wellbeing/returns?member=m-north'), 400)).code).toBe('400.2');
    expect((await problemOf(await get('/api/prime-contracts/pc-wellbeing/returns?from=Q1'), 400)).code).toBe('400.2');
  });
});

describe('GET /api/prime-contracts', () => {
  it('lists the prime contracts with how many sub-contracts each has', async () => {
    const list = PrimeContractList.parse(await getJson(h.hub, staff, '/api/prime-contracts'));
    expect(list.primeContracts.map((p) => [p.id, p.subContracts])).toEqual([
      ['pc-wellbeing', 2],
      ['pc-unused', 0],
    ]);
  });
});
