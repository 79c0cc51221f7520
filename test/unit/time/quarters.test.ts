import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  QuarterId,
  compareQuarters,
  financialYearLabel,
  financialYearOf,
  nextQuarter,
  previousQuarter,
  quarterContains,
  quarterEnd,
  quarterLabel,
  quarterOf,
  quarterStart,
  quartersOfFinancialYear,
  yearToDateQuarters,
} from '../../../src/core/time';

const quarterArb = fc
  .record({ year: fc.integer({ min: 1978, max: 2200 }), q: fc.integer({ min: 1, max: 4 }) })
  .map(({ year, q }) => `${year}-Q${q}`);

describe('QuarterId', () => {
  it("is 'YYYY-Qn' with n from 1 to 4", () => {
    expect(QuarterId.safeParse('2026-Q1').success).toBe(true);
    for (const bad of ['2026-Q0', '2026-Q5', '2026Q1', '26-Q1', '2026-q1', '2026/27 Q1']) {
      expect(QuarterId.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe('quarterOf', () => {
  it('puts each date in its financial-year quarter, at the boundaries', () => {
    expect(quarterOf('2026-03-31')).toBe('2025-Q4');
    expect(quarterOf('2026-04-01')).toBe('2026-Q1');
    expect(quarterOf('2026-06-30')).toBe('2026-Q1');
    expect(quarterOf('2026-07-01')).toBe('2026-Q2');
    expect(quarterOf('2026-09-30')).toBe('2026-Q2');
    expect(quarterOf('2026-10-01')).toBe('2026-Q3');
    expect(quarterOf('2026-12-31')).toBe('2026-Q3');
    expect(quarterOf('2027-01-01')).toBe('2026-Q4');
    expect(quarterOf('2027-03-31')).toBe('2026-Q4');
  });

  it('refuses a date that is not a date', () => {
    expect(() => quarterOf('2026-02-30')).toThrow(RangeError);
  });
});

describe('quarter start and end', () => {
  it('gives FY 2026/27 as Apr–Jun, Jul–Sep, Oct–Dec 2026 and Jan–Mar 2027', () => {
    expect(quartersOfFinancialYear(2026).map((q) => [quarterStart(q), quarterEnd(q)])).toEqual([
      ['2026-04-01', '2026-06-30'],
      ['2026-07-01', '2026-09-30'],
      ['2026-10-01', '2026-12-31'],
      ['2027-01-01', '2027-03-31'],
    ]);
  });

  it('round-trips: the quarter of its first and last day is the quarter itself', () => {
    fc.assert(
      fc.property(quarterArb, (q) => {
        expect(quarterOf(quarterStart(q))).toBe(q);
        expect(quarterOf(quarterEnd(q))).toBe(q);
      }),
    );
  });

  it('refuses a malformed quarter with a clear message', () => {
    expect(() => quarterStart('2026-Q5')).toThrow(/Not a quarter in the form YYYY-Qn/);
  });
});

describe('quarterContains', () => {
  it('is true from the first to the last day only', () => {
    expect(quarterContains('2026-Q4', '2027-01-01')).toBe(true);
    expect(quarterContains('2026-Q4', '2027-03-31')).toBe(true);
    expect(quarterContains('2026-Q4', '2026-12-31')).toBe(false);
    expect(quarterContains('2026-Q4', '2027-04-01')).toBe(false);
  });
});

describe('labels and financial years', () => {
  it('labels quarters as people say them', () => {
    expect(quarterLabel('2026-Q1')).toBe('Q1 2026/27 (Apr–Jun 2026)');
    expect(quarterLabel('2026-Q3')).toBe('Q3 2026/27 (Oct–Dec 2026)');
    expect(quarterLabel('2026-Q4')).toBe('Q4 2026/27 (Jan–Mar 2027)');
    expect(quarterLabel('2099-Q2')).toBe('Q2 2099/00 (Jul–Sep 2099)');
  });

  it('finds the financial year of a date or a quarter', () => {
    expect(financialYearOf('2027-03-31')).toBe(2026);
    expect(financialYearOf('2027-04-01')).toBe(2027);
    expect(financialYearOf('2026-Q4')).toBe(2026);
    expect(financialYearLabel(2026)).toBe('2026/27');
    expect(() => financialYearOf('2026-13-01')).toThrow(/Not a date \(YYYY-MM-DD\) or a quarter/);
  });

  it('lists the quarters up to a quarter for year to date', () => {
    expect(yearToDateQuarters('2026-Q1')).toEqual(['2026-Q1']);
    expect(yearToDateQuarters('2026-Q3')).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(yearToDateQuarters('2026-Q4')).toHaveLength(4);
  });
});

describe('next and previous quarter', () => {
  it('crosses financial years at Q4/Q1', () => {
    expect(nextQuarter('2026-Q4')).toBe('2027-Q1');
    expect(previousQuarter('2027-Q1')).toBe('2026-Q4');
    expect(nextQuarter('2026-Q2')).toBe('2026-Q3');
  });

  it('are inverses, and next starts the day after this one ends', () => {
    fc.assert(
      fc.property(quarterArb, (q) => {
        expect(previousQuarter(nextQuarter(q))).toBe(q);
        expect(compareQuarters(q, nextQuarter(q))).toBeLessThan(0);
        const dayAfter = new Date(Date.parse(`${quarterEnd(q)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect(quarterStart(nextQuarter(q))).toBe(dayAfter);
      }),
    );
  });
});
