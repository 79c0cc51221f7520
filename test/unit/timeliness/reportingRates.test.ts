import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RateSubContract, type ReceivedReturn, ReportingRates, reportingRates } from '../../../src/core/timeliness';

const quarter = '2026-Q1'; // 1 Apr – 30 Jun 2026

const sub = (subContractId: string, memberId: string, primeContractId: string, start = '2025-04-01', end = '2028-03-31'): RateSubContract => ({
  subContractId,
  memberId,
  primeContractId,
  start,
  end,
});

describe('T4 reporting rates', () => {
  it('gives null rates (not NaN) and zero counts when nothing is expected', () => {
    const rates = reportingRates(quarter, [], [{ subContractId: 'sc-x', quarter, onTime: true }]);
    expect(rates.consortium).toEqual({ expected: 0, received: 0, receivedOnTime: 0, reportingRate: null, onTimeRate: null });
    expect(rates.byMember).toEqual([]);
    expect(rates.byPrimeContract).toEqual([]);
    expect(rates.unexpectedReturns).toBe(1);
  });

  it('expects a return from each sub-contract whose dates overlap the quarter, by a day or more', () => {
    const rates = reportingRates(
      quarter,
      [
        sub('ends-before', 'm1', 'p1', '2025-04-01', '2026-03-31'),
        sub('ends-first-day', 'm1', 'p1', '2025-04-01', '2026-04-01'),
        sub('starts-last-day', 'm1', 'p1', '2026-06-30', '2027-03-31'),
        sub('starts-after', 'm1', 'p1', '2026-07-01', '2027-03-31'),
      ],
      [],
    );
    expect(rates.consortium.expected).toBe(2);
  });

  it('rates by member, by prime contract and for the consortium', () => {
    const rates = reportingRates(
      quarter,
      [sub('sc-1', 'm-a', 'advice'), sub('sc-2', 'm-a', 'health'), sub('sc-3', 'm-b', 'advice'), sub('sc-4', 'm-c', 'advice')],
      [
        { subContractId: 'sc-1', quarter, onTime: true },
        { subContractId: 'sc-2', quarter, onTime: false },
        { subContractId: 'sc-3', quarter, onTime: true },
        { subContractId: 'sc-4', quarter: '2025-Q4', onTime: true }, // another quarter: not counted
      ],
    );
    expect(rates.consortium).toEqual({ expected: 4, received: 3, receivedOnTime: 2, reportingRate: 0.75, onTimeRate: 0.5 });
    expect(rates.byMember).toEqual([
      { memberId: 'm-a', expected: 2, received: 2, receivedOnTime: 1, reportingRate: 1, onTimeRate: 0.5 },
      { memberId: 'm-b', expected: 1, received: 1, receivedOnTime: 1, reportingRate: 1, onTimeRate: 1 },
      { memberId: 'm-c', expected: 1, received: 0, receivedOnTime: 0, reportingRate: 0, onTimeRate: 0 },
    ]);
    expect(rates.byPrimeContract).toEqual([
      { primeContractId: 'advice', expected: 3, received: 2, receivedOnTime: 2, reportingRate: 2 / 3, onTimeRate: 2 / 3 },
      { primeContractId: 'health', expected: 1, received: 1, receivedOnTime: 0, reportingRate: 1, onTimeRate: 0 },
    ]);
    expect(rates.unexpectedReturns).toBe(0);
  });

  it('counts a return received twice once, on time if either entry was', () => {
    const rates = reportingRates(
      quarter,
      [sub('sc-1', 'm-a', 'advice'), sub('sc-1', 'm-a', 'advice')],
      [
        { subContractId: 'sc-1', quarter, onTime: false },
        { subContractId: 'sc-1', quarter, onTime: true },
        { subContractId: 'sc-1', quarter, onTime: false },
      ],
    );
    expect(rates.consortium).toEqual({ expected: 1, received: 1, receivedOnTime: 1, reportingRate: 1, onTimeRate: 1 });
  });

  it('refuses one sub-contract listed twice with different details', () => {
    expect(() => reportingRates(quarter, [sub('sc-1', 'm-a', 'advice'), sub('sc-1', 'm-b', 'advice')], [])).toThrow(
      /Sub-contract sc-1 is listed twice with different details/,
    );
  });

  it('never rates above 100% and keeps on time ≤ received ≤ expected, whatever the input', () => {
    const ids = fc.constantFrom('sc-1', 'sc-2', 'sc-3', 'sc-4', 'sc-5', 'sc-6');
    const subArb = fc.record({
      subContractId: ids,
      memberId: fc.constantFrom('m-a', 'm-b'),
      primeContractId: fc.constantFrom('advice', 'health'),
      start: fc.constantFrom('2025-04-01', '2026-06-30', '2026-07-01'),
      end: fc.constant('2027-03-31'),
    });
    const returnArb = fc.record({ subContractId: ids, quarter: fc.constantFrom('2026-Q1', '2026-Q2'), onTime: fc.boolean() });
    fc.assert(
      fc.property(
        fc.uniqueArray(subArb, { selector: (s) => s.subContractId }),
        fc.array(returnArb, { maxLength: 20 }),
        (subs: RateSubContract[], returns: ReceivedReturn[]) => {
          const rates = ReportingRates.parse(reportingRates(quarter, subs, returns));
          for (const summary of [rates.consortium, ...rates.byMember, ...rates.byPrimeContract]) {
            expect(summary.receivedOnTime).toBeLessThanOrEqual(summary.received);
            expect(summary.received).toBeLessThanOrEqual(summary.expected);
            if (summary.expected === 0) expect(summary.reportingRate).toBeNull();
            else {
              expect(summary.reportingRate).toBeGreaterThanOrEqual(0);
              expect(summary.reportingRate).toBeLessThanOrEqual(1);
              expect(summary.onTimeRate).toBeLessThanOrEqual(summary.reportingRate ?? Number.NaN);
            }
          }
          const total = (list: { expected: number }[]) => list.reduce((n, s) => n + s.expected, 0);
          expect(total(rates.byMember)).toBe(rates.consortium.expected);
          expect(total(rates.byPrimeContract)).toBe(rates.consortium.expected);
        },
      ),
    );
  });
});
