// Hub staff record what was really paid for a payment-by-results line (P4 "paid"), on the demo
// consortium: the performance view then uses the newest entry instead of the amount on profile,
// and every refusal writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferenceData } from '../../src/core/demo';
import { PaymentRecorded, PrimeContractPerformance, type RecordPaymentRequest } from '../../src/core/hub-api';
import type { Db } from '../../src/hub/db/db';
import { createApp } from '../../src/hub/http/app';
import { prepareHubData } from '../../src/hub/services/first-start';
import { appFetch, type HubFetch, json, signInStaff, type StaffLogin, staffHeaders } from './support/hub-client';
import { getJson, postOk, problemOf, staffPost } from './support/returns-client';
import { openTestDb } from './test-db';

/** Fri 20 Nov 2026: in 2026-Q3, so 2026-Q2 has ended. Moved on between entries so they sort. */
let now = new Date('2026-11-20T10:00:00.000Z');

let db: Db;
let hub: HubFetch;
let staff: StaffLogin;
beforeAll(async () => {
  db = await openTestDb();
  const report = await prepareHubData(db, { demo: demoReferenceData(), now });
  hub = appFetch(createApp({ db, now: () => now }));
  staff = await signInStaff(hub, report.staffSignIn!.email, report.staffSignIn!.password);
});
afterAll(() => db.close());

const PATH = '/api/sub-contracts/sc-befriending/payments';
const request = (over: Partial<RecordPaymentRequest> = {}): RecordPaymentRequest => ({
  quarter: '2026-Q2',
  indicatorId: 'reduced-isolation',
  paidPence: 300_000,
  reason: 'Remittance advice RA-2026-118 from the prime contractor',
  ...over,
});
const befriendingClawBack = async (quarter = '2026-Q2') =>
  PrimeContractPerformance.parse(await getJson(hub, staff, `/api/prime-contracts/pc-wellbeing/performance?quarter=${quarter}`)).subContracts.find(
    (s) => s.subContractId === 'sc-befriending',
  )!.clawBack!;
const paymentRows = async () => (await db.query('select * from payments order by recorded_at, id')).rows;
const WORKINGS_TAIL = 'This is a proposal for a person to approve; nothing has been recovered.';

describe('POST /api/sub-contracts/:subContractId/payments', () => {
  it('records what was paid; P4 then uses it for that line, saying who recorded it, when and why', async () => {
    expect((await befriendingClawBack()).lines[0]).toMatchObject({ paidPence: 416_500, proposalPence: 127_500, paid: { kind: 'profile' } });

    const recorded = PaymentRecorded.parse(await postOk(hub, staff, PATH, request({ reason: '  Remittance advice RA-2026-118 from the prime contractor ' }), 201));
    expect(recorded).toEqual({
      id: expect.any(String),
      subContractId: 'sc-befriending',
      quarter: '2026-Q2',
      indicatorId: 'reduced-isolation',
      paidPence: 300_000,
      reason: 'Remittance advice RA-2026-118 from the prime contractor', // trimmed
      recordedBy: staff.session.user.displayName,
      recordedAt: '2026-11-20T10:00:00.000Z',
    });

    expect(await befriendingClawBack()).toEqual({
      lines: [
        {
          indicatorId: 'reduced-isolation',
          name: 'Clients reporting reduced isolation',
          unitPricePence: 8_500,
          achieved: 34,
          profile: 49,
          earnedPence: 289_000,
          paidPence: 300_000,
          proposalPence: 11_000,
          workings: `Earned: £85.00 × 34 (achieved 34 against a profile of 49) = £2,890.00. Proposed claw back: £3,000.00 paid − £2,890.00 earned = £110.00. ${WORKINGS_TAIL}`,
          paid: { kind: 'recorded', recordedBy: staff.session.user.displayName, recordedAt: '2026-11-20T10:00:00.000Z', reason: recorded.reason },
        },
      ],
      totalProposalPence: 11_000,
      notAssessed: [],
    });
    // Only that quarter: the quarter before is still taken on profile.
    expect((await befriendingClawBack('2026-Q1')).lines[0]!.paid).toEqual({ kind: 'profile' });
  });

  it('a later entry replaces the earlier one in P4, and both stay in the table', async () => {
    now = new Date('2026-11-20T10:45:00.000Z');
    await postOk(hub, staff, PATH, request({ paidPence: 250_000, reason: 'Corrected: remittance RA-2026-118 was part-paid' }), 201);
    const line = (await befriendingClawBack()).lines[0]!;
    expect(line).toMatchObject({
      paidPence: 250_000,
      proposalPence: 0,
      workings: `Earned: £85.00 × 34 (achieved 34 against a profile of 49) = £2,890.00. Nothing to claw back: £2,500.00 paid is not more than £2,890.00 earned. ${WORKINGS_TAIL}`,
      paid: { kind: 'recorded', recordedAt: '2026-11-20T10:45:00.000Z', reason: 'Corrected: remittance RA-2026-118 was part-paid' },
    });
    expect((await paymentRows()).map((r) => (r as { paid_pence: number }).paid_pence)).toEqual([300_000, 250_000]);
  });

  describe('refuses, changing nothing', () => {
    const refused = async (response: Promise<Response>, status: number) => {
      const before = await paymentRows();
      const problem = await problemOf(await response, status);
      expect(await paymentRows()).toEqual(before);
      return problem;
    };

    it('an unknown sub-contract (404.10)', async () => {
      const problem = await refused(staffPost(hub, staff, '/api/sub-contracts/sc-nope/payments', request()), 404);
      expect(problem).toMatchObject({ code: '404.10', title: 'There is no such sub-contract', detail: "There is no sub-contract with id 'sc-nope'. Check the address." });
    });

    it('an indicator that is not one of the sub-contract’s payment-by-results lines (422.1), naming the ones allowed', async () => {
      const problem = await refused(staffPost(hub, staff, PATH, request({ indicatorId: 'unique-clients' })), 422);
      expect(problem.code).toBe('422.1');
      expect(problem.title).toBe('The sub-contract does not pay by results for that indicator');
      expect(problem.errors).toEqual([{ path: 'indicatorId', message: expect.stringContaining('only for Clients reporting reduced isolation (reduced-isolation)') }]);
      expect(problem.detail).toContain("'unique-clients' is not one of them");

      const lunch = await refused(staffPost(hub, staff, '/api/sub-contracts/sc-lunch/payments', request()), 422);
      expect(lunch.detail).toMatch(/pays nothing by results, so there is no payment to record\.$/);
    });

    it('a quarter outside the prime contract’s term (404.9)', async () => {
      for (const quarter of ['2027-Q1', '2024-Q4']) {
        const problem = await refused(staffPost(hub, staff, PATH, request({ quarter })), 404);
        expect(problem.code).toBe('404.9');
        expect(problem.detail).toContain('Choose a quarter in its term');
      }
    });

    it('an invalid body (400.2), naming each field', async () => {
      const problem = await refused(staffPost(hub, staff, PATH, { quarter: '2026-Q5', indicatorId: 'reduced-isolation', paidPence: -1, reason: 'short' }), 400);
      expect(problem.code).toBe('400.2');
      expect(problem.errors!.map((e) => e.path).sort()).toEqual(['paidPence', 'quarter', 'reason']);
      expect(problem.errors).toContainEqual({ path: 'paidPence', message: 'The amount paid cannot be negative' });
      expect(problem.errors).toContainEqual({ path: 'reason', message: 'Say where the amount comes from, in at least 10 characters' });

      const fraction = await refused(staffPost(hub, staff, PATH, request({ paidPence: 1.5 })), 400);
      expect(fraction.errors).toEqual([{ path: 'paidPence', message: 'Enter the amount paid in pence, a whole number' }]);
      const notJson = hub(PATH, { method: 'POST', headers: { ...staffHeaders(staff), 'Content-Type': 'application/json' }, body: '{' });
      expect((await refused(notJson, 400)).code).toBe('400.1');
    });

    it('without a session (401) or without the CSRF token (403)', async () => {
      expect((await refused(hub(PATH, json('POST', request())), 401)).code).toBe('401.1');
      const init = json('POST', request());
      const noToken = hub(PATH, { ...init, headers: { ...(init.headers as Record<string, string>), Cookie: staff.cookie } });
      expect((await refused(noToken, 403)).code).toBe('403.1');
    });
  });

  it('P4 still says paid on profile unless a payment was recorded', async () => {
    const p = PrimeContractPerformance.parse(await getJson(hub, staff, '/api/prime-contracts/pc-advice/performance?quarter=2026-Q1'));
    expect(p.paidBasis).toMatch(/unless hub staff have recorded what was really paid/);
    expect(p.subContracts.find((s) => s.subContractId === 'sc-advice-debt')!.clawBack!.lines[0]!.paid).toEqual({ kind: 'profile' });
  });
});
