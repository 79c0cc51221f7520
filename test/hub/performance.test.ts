// The hub's performance view of a prime contract (DESIGN §4, P1–P6) on the demo consortium: RAG,
// early warning, claw back, volunteer dividend from synced records, the consolidated return and
// its CSV for the commissioner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferenceData } from '../../src/core/demo';
import { PrimeContractPerformance } from '../../src/core/hub-api';
import { CANNOT_BE_SUMMED, PAID_ON_PROFILE_BASIS } from '../../src/core/performance';
import type { ReferenceData } from '../../src/core/schemas';
import type { Db } from '../../src/hub/db/db';
import { createApp } from '../../src/hub/http/app';
import { prepareHubData, type StartReport } from '../../src/hub/services/first-start';
import { newId, remove, upsert, volunteerHours } from './support/fixtures';
import { appFetch, enrolWithCode, type HubFetch, pushOk, signInStaff, type StaffLogin } from './support/hub-client';
import { getJson, postOk, problemOf } from './support/returns-client';
import { openTestDb } from './test-db';

/** Fri 20 Nov 2026: in 2026-Q3 (Oct–Dec), so the latest quarter that has ended is 2026-Q2. */
const NOW = new Date('2026-11-20T10:00:00.000Z');

type DemoHub = { db: Db; hub: HubFetch; staff: StaffLogin; report: StartReport };

async function demoHub(demo: ReferenceData = demoReferenceData()): Promise<DemoHub> {
  const db = await openTestDb();
  const report = await prepareHubData(db, { demo, now: NOW });
  const hub = appFetch(createApp({ db, now: () => NOW }));
  const staff = await signInStaff(hub, report.staffSignIn!.email, report.staffSignIn!.password);
  return { db, hub, staff, report };
}

const performance = async (h: DemoHub, primeContractId: string, query = '') =>
  PrimeContractPerformance.parse(await getJson(h.hub, h.staff, `/api/prime-contracts/${primeContractId}/performance${query}`));
const rowOf = (p: PrimeContractPerformance, subContractId: string) => p.subContracts.find((s) => s.subContractId === subContractId)!;
const csvOf = (h: DemoHub, primeContractId: string, query = '') =>
  h.hub(`/api/prime-contracts/${primeContractId}/consolidated.csv${query}`, { headers: { Cookie: h.staff.cookie } });

let h: DemoHub;
beforeAll(async () => {
  h = await demoHub();
  // A befriending tablet syncs volunteer hours: two roles in 2026-Q2, one deleted entry, one in 2026-Q3.
  const device = await enrolWithCode(h.hub, h.report.enrolmentCodes.find((c) => c.memberId === 'm-befriending')!.code);
  const hours = (volunteer: 1 | 2, roleId: string, date: string, n: number) =>
    volunteerHours('m-befriending', `m-befriending-volunteer-${volunteer}`, { subContractId: 'sc-befriending', roleId, date, hours: n });
  const deleted = hours(1, 'befriender', '2026-07-20', 6);
  const records = [
    hours(1, 'befriender', '2026-07-14', 3.5),
    hours(1, 'befriender', '2026-09-30', 2.25),
    hours(2, 'driver', '2026-08-03', 4),
    hours(2, 'driver', '2026-10-01', 5),
    deleted,
  ];
  const pushed = await pushOk(h.hub, device.token, { deviceTime: NOW.toISOString(), changes: [...records.map((r) => upsert(r)), remove(deleted.id, 1, deleted.personId)] });
  expect(pushed.results.map((r) => r.status)).toEqual(Array(6).fill('applied'));
});
afterAll(() => h.db.close());

describe('GET /api/prime-contracts/:id/performance', () => {
  it('shows the latest quarter that has ended by default, with the quarters either side inside the term', async () => {
    const p = await performance(h, 'pc-wellbeing');
    expect(p).toMatchObject({
      primeContract: { id: 'pc-wellbeing', name: 'Riverside Health and Wellbeing Programme', commissioner: 'Riverside and Westvale NHS Board (fictional)' },
      quarter: '2026-Q2',
      quarterLabel: 'Q2 2026/27 (Jul–Sep 2026)',
      previousQuarter: '2026-Q1',
      nextQuarter: '2026-Q3', // the current quarter: may be looked at, but no further
      paidBasis: PAID_ON_PROFILE_BASIS,
    });
    expect(p.subContracts.map((s) => [s.memberName, s.returnState])).toEqual([
      ['Good Neighbours Befriending', 'locked'],
      ['Millbrook Lunch Club', 'locked'],
      ['Northbank Youth Club', 'locked'],
      ['Open Minds Peer Support', 'locked'],
      ['Riverside Advice Centre', 'locked'],
      ["Riverside Carers' Network", 'locked'],
    ]);
    expect((await performance(h, 'pc-wellbeing', '?quarter=2026-Q3')).nextQuarter).toBeNull();
    expect((await performance(h, 'pc-wellbeing', '?quarter=2025-Q1')).previousQuarter).toBeNull();
  });

  it('gives P1 and P2 per indicator, quarter and year to date, as the return detail does', async () => {
    const befriending = rowOf(await performance(h, 'pc-wellbeing', '?quarter=2026-Q2'), 'sc-befriending');
    expect(befriending.indicators.find((i) => i.indicatorId === 'unique-clients')).toEqual({
      indicatorId: 'unique-clients',
      name: 'Unique clients supported',
      kind: 'count',
      key: true,
      achieved: 57,
      target: 81,
      percent: (57 * 100) / 81,
      rag: 'red',
      yearToDateAchieved: 118,
      yearToDateTarget: 169,
      yearToDatePercent: (118 * 100) / 169,
      yearToDateRag: 'red',
    });
    // Spend: green this quarter (95.6%) but amber year to date (93.9%).
    expect(befriending.indicators.find((i) => i.indicatorId === 'spend')).toMatchObject({ kind: 'money', key: false, achieved: 884_104, target: 925_000, rag: 'green', yearToDateRag: 'amber' });
    // No target for onward referrals: a figure, but no % and no RAG.
    expect(befriending.indicators.find((i) => i.indicatorId === 'onward-referrals')).toMatchObject({ achieved: 6, target: null, percent: null, rag: null });

    const detail = await getJson<{ figures: { indicatorId: string; deliveryPercent: number | null; rag: string | null; yearToDateRag: string | null }[] }>(h.hub, h.staff, '/api/returns/sc-befriending/2026-Q2');
    for (const f of detail.figures) {
      const row = befriending.indicators.find((i) => i.indicatorId === f.indicatorId)!;
      expect([row.percent, row.rag, row.yearToDateRag]).toEqual([f.deliveryPercent, f.rag, f.yearToDateRag]);
    }
    const lunch = rowOf(await performance(h, 'pc-wellbeing', '?quarter=2026-Q2'), 'sc-lunch');
    expect(lunch.indicators.filter((i) => i.key).map((i) => i.rag)).toEqual(['green', 'green', 'green']);
  });

  it('raises the early warnings the demo’s history tells: befriending red, carers’ breaks amber two quarters running', async () => {
    const p = await performance(h, 'pc-wellbeing', '?quarter=2026-Q2');
    const befriending = rowOf(p, 'sc-befriending').earlyWarning;
    expect(befriending.warning).toBe(true);
    expect(befriending.reasons[0]).toEqual({
      rule: 'red-this-quarter',
      indicatorId: 'unique-clients',
      message: 'Unique clients supported: red this quarter, at 70.3% of profile (57 against a profile of 81).',
    });
    expect(new Set(befriending.reasons.map((r) => r.rule))).toEqual(new Set(['red-this-quarter', 'behind-two-quarters-running', 'run-rate']));
    const carers = rowOf(p, 'sc-carers-breaks').earlyWarning;
    expect(carers.reasons.find((r) => r.indicatorId === 'unique-clients' && r.rule === 'behind-two-quarters-running')?.message).toBe(
      'Unique clients supported: amber year to date for two quarters running, at 85.6% of profile to the end of Q1 2026/27 (Apr–Jun 2026) and 87.1% to the end of Q2 2026/27 (Jul–Sep 2026).',
    );
    expect(carers.reasons.some((r) => r.rule === 'red-this-quarter')).toBe(false);
    expect(rowOf(p, 'sc-peer').earlyWarning).toEqual({ warning: false, reasons: [] });
  });

  it('proposes a claw back for payment-by-results lines, paid taken on profile, with its workings', async () => {
    const p = await performance(h, 'pc-wellbeing', '?quarter=2026-Q2');
    expect(rowOf(p, 'sc-befriending').clawBack).toEqual({
      lines: [
        {
          indicatorId: 'reduced-isolation',
          name: 'Clients reporting reduced isolation',
          unitPricePence: 8_500,
          achieved: 34,
          profile: 49,
          earnedPence: 289_000,
          paidPence: 416_500, // £85 × the profile of 49
          paid: { kind: 'profile' },
          proposalPence: 127_500,
          workings:
            'Earned: £85.00 × 34 (achieved 34 against a profile of 49) = £2,890.00. Proposed claw back: £4,165.00 paid − £2,890.00 earned = £1,275.00. ' +
            'This is a proposal for a person to approve; nothing has been recovered.',
        },
      ],
      totalProposalPence: 127_500,
      notAssessed: [],
    });
    expect(rowOf(p, 'sc-lunch').clawBack).toBeNull(); // pays nothing by results

    const debt = rowOf(await performance(h, 'pc-advice', '?quarter=2026-Q1'), 'sc-advice-debt').clawBack!;
    expect(debt.lines[0]).toMatchObject({ achieved: 82, profile: 81, earnedPence: 972_000, paidPence: 972_000, proposalPence: 0 });
    expect(debt.lines[0]!.workings).toContain('capped at the profile of 81');
    // A quarter with no return yet: nothing to assess, and said so.
    expect(rowOf(await performance(h, 'pc-advice', '?quarter=2026-Q3'), 'sc-advice-debt').clawBack).toEqual({
      lines: [],
      totalProposalPence: 0,
      notAssessed: [{ indicatorId: 'debt-managed', reason: 'No figure for this quarter yet' }],
    });
  });

  it('values the volunteer hours synced for the quarter: hours × each role’s rate, deleted entries left out', async () => {
    const befriending = rowOf(await performance(h, 'pc-wellbeing', '?quarter=2026-Q2'), 'sc-befriending').volunteerDividend;
    expect(befriending).toEqual({
      totalHours: 9.75,
      totalPence: 7_257 + 5_240,
      lines: [
        { roleId: 'befriender', roleName: 'Befriender', hours: 5.75, hourlyRatePence: 1_262, valuePence: 7_257 }, // 5.75 × £12.62 = £72.565, half up
        { roleId: 'driver', roleName: 'Volunteer driver', hours: 4, hourlyRatePence: 1_310, valuePence: 5_240 },
      ],
      unpricedHours: 0,
      sources: [{ rateSource: expect.stringContaining('SOC 2020 6135'), rateYear: 2025 }, { rateSource: expect.stringContaining('SOC 2020 8214'), rateYear: 2025 }],
    });
    const q3 = rowOf(await performance(h, 'pc-wellbeing', '?quarter=2026-Q3'), 'sc-befriending').volunteerDividend;
    expect(q3).toMatchObject({ totalHours: 5, totalPence: 6_550, lines: [{ roleId: 'driver', hours: 5, valuePence: 6_550 }] });
    expect(rowOf(await performance(h, 'pc-wellbeing', '?quarter=2026-Q2'), 'sc-lunch').volunteerDividend).toEqual({ totalHours: 0, totalPence: 0, lines: [], unpricedHours: 0, sources: [] });
  });

  it('consolidates accepted returns: summable figures added, unique-client figures only bounded', async () => {
    const { consolidated } = await performance(h, 'pc-wellbeing', '?quarter=2026-Q2');
    expect(consolidated.included).toHaveLength(6);
    expect(consolidated.missing).toEqual([]);
    const figure = (id: string) => consolidated.figures.find((f) => f.indicatorId === id);
    expect(figure('sessions')).toEqual({ indicatorId: 'sessions', name: 'Sessions delivered', kind: 'count', summable: true, value: 3_870, upperBound: null, note: null, membersWithoutFigure: [] });
    expect(figure('unique-clients')).toMatchObject({ summable: false, value: null, upperBound: 562, note: CANNOT_BE_SUMMED });
    expect(figure('volunteer-hours')).toMatchObject({ kind: 'hours', value: 2_518.5 });
    expect(figure('spend')).toMatchObject({ kind: 'money', value: 5_583_202 });

    const q3 = await performance(h, 'pc-wellbeing', '?quarter=2026-Q3');
    expect(q3.consolidated).toEqual({ figures: [], included: [], missing: expect.arrayContaining(['sc-befriending', 'sc-lunch']) });
    expect(q3.consolidated.missing).toHaveLength(6);
    expect(q3.subContracts.every((s) => s.returnState === null && s.indicators.every((i) => i.achieved === null))).toBe(true);
  });

  it('refuses without a staff session (401), an unknown prime contract (404), a bad quarter (400) and one outside the term (404)', async () => {
    const get = (path: string, cookie = h.staff.cookie) => h.hub(path, { headers: cookie ? { Cookie: cookie } : {} });
    for (const path of ['/api/prime-contracts/pc-wellbeing/performance', '/api/prime-contracts/pc-wellbeing/consolidated.csv']) {
      expect((await problemOf(await get(path, ''), 401)).code).toBe('401.1');
    }
    expect(await problemOf(await get('/api/prime-contracts/pc-none/performance'), 404)).toMatchObject({ code: '404.5', detail: "There is no prime contract with id 'pc-none'. Check the address." });
    expect((await problemOf(await get('/api/prime-contracts/pc-none/consolidated.csv'), 404)).code).toBe('404.5');
    const bad = await problemOf(await get('/api/prime-contracts/pc-wellbeing/performance?quarter=2026-Q5'), 400);
    expect(bad.code).toBe('400.2');
    expect(bad.errors?.map((e) => e.path)).toEqual(['quarter']);
    expect((await problemOf(await get('/api/prime-contracts/pc-wellbeing/performance?quarter=2026-Q2&member=m-lunch'), 400)).code).toBe('400.2');
    expect((await problemOf(await get('/api/prime-contracts/pc-wellbeing/consolidated.csv?quarter=Q2'), 400)).code).toBe('400.2');
    for (const quarter of ['2024-Q4', '2027-Q1']) {
      const outside = await problemOf(await get(`/api/prime-contracts/pc-wellbeing/performance?quarter=${quarter}`), 404);
      expect(outside.code).toBe('404.9');
      expect(outside.detail).toContain('runs from Q1 2025/26 (Apr–Jun 2025) to Q4 2026/27 (Jan–Mar 2027)');
      expect((await problemOf(await get(`/api/prime-contracts/pc-wellbeing/consolidated.csv?quarter=${quarter}`), 404)).code).toBe('404.9');
    }
  });
});

describe('GET /api/prime-contracts/:id/consolidated.csv', () => {
  it('downloads the published consolidated return: header, a row per indicator, unique clients with the note', async () => {
    const response = await csvOf(h, 'pc-wellbeing', '?quarter=2026-Q2');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="consolidated-pc-wellbeing-2026-Q2.csv"');
    expect((await response.text()).split('\r\n')).toEqual([
      '"Indicator","Breakdown","Category","Figure","Note"',
      `"Unique clients supported","","","","${CANNOT_BE_SUMMED} Upper bound: 562."`,
      `"New clients","","","","${CANNOT_BE_SUMMED} Upper bound: 208."`,
      '"Sessions delivered","","","3870",""',
      '"Interventions","","","4646",""',
      `"Clients reporting reduced isolation","","","","${CANNOT_BE_SUMMED} Upper bound: 247."`,
      `"Clients with improved wellbeing","","","","${CANNOT_BE_SUMMED} Upper bound: 238."`,
      '"Onward referrals made","","","71",""',
      '"Volunteer hours","","","2518.5",""',
      '"Spend","","","55832.02","In pounds."',
      '',
    ]);
  });

  it('defaults to the latest quarter that has ended', async () => {
    expect((await csvOf(h, 'pc-advice')).headers.get('Content-Disposition')).toBe('attachment; filename="consolidated-pc-advice-2026-Q2.csv"');
  });

  it('ends with a note naming the members whose accepted return is missing, as P6 leaves out a reopened return', async () => {
    await postOk(h.hub, h.staff, '/api/returns/sc-advice-debt/2025-Q3/reopen', { reason: 'The debt figures are being checked again' });
    const p = await performance(h, 'pc-advice', '?quarter=2025-Q3');
    expect(rowOf(p, 'sc-advice-debt').returnState).toBe('validated'); // P1–P4 still read it…
    expect(rowOf(p, 'sc-advice-debt').indicators[0]!.achieved).not.toBeNull();
    expect(p.consolidated).toMatchObject({ included: ['sc-carers-advice'], missing: ['sc-advice-debt'] }); // …P6 does not
    const lines = (await (await csvOf(h, 'pc-advice', '?quarter=2025-Q3')).text()).split('\r\n');
    expect(lines.at(-2)).toBe('"Note","","","","Incomplete: no accepted return yet from Riverside Advice Centre (Debt and benefits advice). Their figures are not included."');
  });
});

describe('the consolidated CSV with small counts and a formula in the reference data', () => {
  let small: DemoHub;
  beforeAll(async () => {
    // The demo, changed in two ways: the advice members report 1 and 2 onward referrals in 2025-Q1,
    // and someone has typed a formula into that indicator's name.
    const demo = demoReferenceData();
    const name = '=HYPERLINK("http://example.com/x","Onward referrals made")';
    const referrals: Record<string, number> = { 'sc-advice-debt': 1, 'sc-carers-advice': 2 };
    small = await demoHub({
      ...demo,
      indicators: demo.indicators.map((i) => (i.id === 'onward-referrals' ? { ...i, name } : i)),
      returns: demo.returns.map((r) =>
        r.quarter === '2025-Q1' && r.subContractId in referrals
          ? { ...r, id: newId(), figures: r.figures.map((f) => (f.indicatorId === 'onward-referrals' ? { ...f, value: referrals[r.subContractId]! } : f)) }
          : r,
      ),
    });
  });
  afterAll(() => small.db.close());

  it('shows a count of 1–4 as "<5" and neutralises the formula, while the staff view keeps the real figure', async () => {
    const lines = (await (await csvOf(small, 'pc-advice', '?quarter=2025-Q1')).text()).split('\r\n');
    expect(lines).toContain(`"'=HYPERLINK(""http://example.com/x"",""Onward referrals made"")","","","<5",""`);
    expect(lines.some((l) => l.startsWith('"=') || l.includes(',"='))).toBe(false);
    const staffView = await performance(small, 'pc-advice', '?quarter=2025-Q1');
    expect(staffView.consolidated.figures.find((f) => f.indicatorId === 'onward-referrals')?.value).toBe(3);
  });
});
