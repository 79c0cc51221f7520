import { describe, expect, it } from 'vitest';
import type { ReturnVersion } from '../../../src/core/schemas';
import { ValidationSettings } from '../../../src/core/schemas';
import { a6Outliers, a7Duplicates, findDuplicateRecords, outlierScore, validateReturn } from '../../../src/core/validation';
import { Q, SUB, context, contact, hours } from '../aggregate/fixtures';
import { aReturn, ids, input, someRecords, withFigure } from './helpers';

const complete = aReturn(someRecords());

/** Earlier quarters ending just before 2026-Q1, with these values of `referrals-out`. */
function history(values: number[]): ReturnVersion[] {
  const quarters = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'].slice(-values.length);
  return values.map((value, i) => withFigure(aReturn([], { id: `ret-${i}`, quarter: quarters[i]! }), 'referrals-out', { value }));
}
const a6 = (x: number, values: number[], over = {}) =>
  a6Outliers(input(withFigure(complete, 'referrals-out', { value: x }), { previousReturns: history(values), ...over })).filter(
    (f) => f.path === 'figures.referrals-out.value',
  );

// Median 10,000 and MAD 1,349, so z = 0.6745 × (x − 10,000) / 1,349 = (x − 10,000) / 2,000.
const spread = [8_651, 8_651, 11_349, 11_349];

describe('A6 outliers', () => {
  it('computes the modified z-score from median and MAD', () => {
    expect(outlierScore(17_000, spread)).toMatchObject({ median: 10_000, spread: 'mad', scale: 1_349, z: 3.5 });
  });

  it('accepts z of exactly 3.5 and warns just beyond, either way', () => {
    expect(a6(17_000, spread)).toEqual([]);
    expect(a6(3_000, spread)).toEqual([]);
    const above = a6(17_001, spread);
    expect(above).toMatchObject([{ ruleId: 'A6', severity: 'warning', expected: { median: 10_000, maxAbsZ: 3.5 }, actual: { value: 17_001, z: 3.5 } }]);
    expect(above[0]?.message).toBe('Referrals to other services is 17,001, far above the usual 10,000 over the last 4 quarters — check it, or explain why');
    expect(a6(2_999, spread)[0]?.message).toContain('far below the usual 10,000');
  });

  it('needs at least 4 previous quarters with the figure', () => {
    expect(a6(100_000, [8_651, 10_000, 11_349])).toEqual([]);
    expect(a6(100_000, [8_651, 10_000, 10_000, 11_349])).toHaveLength(1);
    const withBlank = history([8_651, 10_000, 10_000, 11_349]);
    withBlank[0] = withFigure(withBlank[0]!, 'referrals-out', { value: null });
    expect(a6Outliers(input(withFigure(complete, 'referrals-out', { value: 100_000 }), { previousReturns: withBlank }))).toEqual([]);
  });

  it('uses the prime contract’s threshold and minimum history', () => {
    const settings = ValidationSettings.parse({ outlierZ: 3, outlierMinHistory: 3 });
    expect(a6(16_001, spread, { settings })).toHaveLength(1);
    expect(a6(100_000, [8_651, 10_000, 11_349], { settings })).toHaveLength(1);
  });

  it('falls back to the mean absolute deviation when MAD is 0', () => {
    // Median 100, MAD 0, mean absolute deviation 7.5: z = (x − 100) / (1.253314 × 7.5) ≈ (x − 100) / 9.4.
    expect(outlierScore(100, [100, 100, 100, 130])).toMatchObject({ spread: 'mean-ad', median: 100, scale: 7.5 });
    expect(a6(132, [100, 100, 100, 130])).toEqual([]);
    expect(a6(134, [100, 100, 100, 130])).toHaveLength(1);
  });

  it('judges nothing against a history that never varied', () => {
    expect(outlierScore(500, [100, 100, 100, 100])).toBeNull();
    expect(a6(500, [100, 100, 100, 100])).toEqual([]);
  });

  it('compares with the same sub-contract’s earlier quarters only', () => {
    const others = history([1, 1, 1, 1]).map((r) => ({ ...r, subContractId: 'sc-other' }));
    expect(a6Outliers(input(withFigure(complete, 'referrals-out', { value: 100 }), { previousReturns: others }))).toEqual([]);
  });
});

describe('A7 duplicates', () => {
  it('warns on the same client twice on the same day and service', () => {
    const first = contact('BRK-001', { service: 'Debt advice' });
    const again = contact('BRK-001', { service: ' debt ADVICE ' });
    const findings = findDuplicateRecords([first, again], SUB, Q);
    expect(findings).toEqual([
      {
        ruleId: 'A7',
        severity: 'warning',
        path: `records.${again.id}`,
        message: 'Client BRK-001 has a contact for “debt ADVICE” entered twice on Fri 1 May 2026 — delete the duplicate, or explain why each is right',
        expected: 'one entry',
        actual: { duplicateOf: first.id },
      },
    ]);
  });

  it('does not warn on another day, service or client', () => {
    const records = [
      contact('BRK-001'),
      contact('BRK-001', { date: '2026-05-02' }),
      contact('BRK-001', { service: 'Benefits advice' }),
      contact('BRK-002'),
      contact('BRK-001', { date: '2026-07-01' }),
    ];
    expect(findDuplicateRecords(records, SUB, Q)).toEqual([]);
  });

  it('warns on the same volunteer hours entered twice', () => {
    const records = [hours('vol-1', 2.5), hours('vol-1', 2.5), hours('vol-1', 2.5), hours('vol-1', 3), hours('vol-2', 2.5)];
    const findings = findDuplicateRecords(records, SUB, Q);
    expect(ids(findings)).toEqual([`A7 records.${records[1]!.id}`, `A7 records.${records[2]!.id}`]);
    expect(findings[0]?.message).toBe('Volunteer vol-1 has 2.5 hours of “Befriending call” entered 3 times on Sun 3 May 2026 — delete the duplicate, or explain why each is right');
  });

  it('needs an explanation to seal', () => {
    const records = [...someRecords(), contact('BRK-002')];
    const ret = aReturn(records);
    expect(ids(a7Duplicates(input(ret, { records })))).toEqual([`A7 records.${records[6]!.id}`]);
    const before = validateReturn(ret, context({ records }));
    expect(before.canSeal).toBe(false);
    const explained = { ...ret, explanations: { [`A7:records.${records[6]!.id}`]: 'Came back in the afternoon for a second appointment.' } };
    expect(validateReturn(explained, context({ records })).canSeal).toBe(true);
  });
});
