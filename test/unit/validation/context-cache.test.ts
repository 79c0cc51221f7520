// validateReturn keeps what it derives from the context alone (index maps, history, targets, outlier
// spreads) between calls. These tests reuse one context while its arrays change — replaced, or changed
// in place — and check every result against a fresh copy of the same context, which no cache has seen.
import { describe, expect, it } from 'vitest';
import { CategorySet, Indicator, ProfileVersion, ReportingTemplate, type ReturnVersion } from '../../../src/core/schemas';
import { type ValidationContext, type ValidationResult, validateReturn } from '../../../src/core/validation';
import { Q, SUB, categorySets, context, indicators, template } from '../aggregate/fixtures';
import { aReturn, ids, someRecords, withFigure } from './helpers';

const complete = aReturn(someRecords());
const referrals = (value: number, ret: ReturnVersion = complete) => withFigure(ret, 'referrals-out', { value });

/** Earlier quarters ending just before 2026-Q1, with these values of `referrals-out`. */
function history(values: number[], quarters = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']): ReturnVersion[] {
  return values.map((value, i) => referrals(value, aReturn([], { id: `ret-h${i}-${value}`, quarter: quarters[i]! })));
}

function profile(version: number, target: number): ProfileVersion {
  return ProfileVersion.parse({
    id: `pv-${version}`,
    subContractId: SUB,
    version,
    effectiveFrom: '2025-Q1',
    reason: 'Agreed at contract start',
    agreedBy: 'Hub contract manager',
    agreedAt: '2025-03-01T10:00:00.000Z',
    targets: [{ indicatorId: 'unique-clients', quarter: Q, target }],
  });
}

/** Validates with `ctx` (cached parts and all) and checks the result equals a fresh context's. */
function validateBoth(ret: ReturnVersion, ctx: ValidationContext): ValidationResult {
  const result = validateReturn(ret, ctx);
  expect(result).toEqual(validateReturn(structuredClone(ret), structuredClone(ctx)));
  return result;
}

const rulesOf = (r: ValidationResult) => ids(r.findings);

describe('validateReturn with a context reused between calls', () => {
  it('uses a new array of previous returns, not the history of the last one', () => {
    const ctx = context({ previousReturns: history([8_651, 8_651, 11_349, 11_349]) });
    expect(rulesOf(validateBoth(referrals(10_000), ctx))).toEqual([]);
    ctx.previousReturns = history([1, 1, 2, 2]);
    expect(rulesOf(validateBoth(referrals(10_000), ctx))).toEqual(['A6 figures.referrals-out.value']);
    ctx.previousReturns = history([8_651, 8_651, 11_349, 11_349]);
    expect(rulesOf(validateBoth(referrals(10_000), ctx))).toEqual([]);
  });

  it('sees previous returns added, replaced or removed in the same array', () => {
    const previous = history([10, 10, 12]);
    const ctx = context({ previousReturns: previous });
    expect(rulesOf(validateBoth(referrals(1_000), ctx))).toEqual([]); // only 3 quarters: no judgement
    previous.push(...history([12], ['2024-Q4']));
    expect(rulesOf(validateBoth(referrals(1_000), ctx))).toEqual(['A6 figures.referrals-out.value']);
    previous[0] = history([1_000], ['2025-Q1'])[0]!;
    previous[1] = history([1_000], ['2025-Q2'])[0]!;
    expect(rulesOf(validateBoth(referrals(1_000), ctx))).toEqual([]);
    previous.pop();
    expect(rulesOf(validateBoth(referrals(1_000), ctx))).toEqual([]);
    expect(validateBoth(referrals(1_000), ctx).findings).toEqual([]);
  });

  it('judges each return against its own quarter’s history when one context serves several', () => {
    const ctx = context({ previousReturns: history([10, 10, 12, 12]) });
    expect(rulesOf(validateBoth(referrals(1_000), ctx))).toEqual(['A6 figures.referrals-out.value']);
    // 2025-Q3 has only two earlier quarters in the same array.
    expect(rulesOf(validateBoth(referrals(1_000, { ...complete, quarter: '2025-Q3' }), ctx))).not.toContain('A6 figures.referrals-out.value');
    expect(rulesOf(validateBoth(referrals(1_000), ctx))).toEqual(['A6 figures.referrals-out.value']);
  });

  it('follows the spend of earlier returns this year as the history changes (A3)', () => {
    const spentQ4 = { ...aReturn([], { id: 'ret-q4', quarter: '2025-Q4' }), finance: { staff: 900_000, venue: 0 } };
    const q2 = { ...complete, quarter: '2026-Q2' as const };
    const ctx = context({ previousReturns: [spentQ4] });
    expect(rulesOf(validateBoth(q2, ctx))).not.toContain('A3 finance.staff'); // 2025-Q4 is last financial year
    ctx.previousReturns = [spentQ4, { ...spentQ4, id: 'ret-q1', quarter: '2026-Q1' }];
    expect(rulesOf(validateBoth(q2, ctx))).toContain('A3 finance.staff');
    ctx.previousReturns = [spentQ4];
    expect(rulesOf(validateBoth(q2, ctx))).not.toContain('A3 finance.staff');
  });

  it('uses the profiles given now, replaced or changed in place (C4)', () => {
    const profiles = [profile(1, 2)];
    const ctx = context({ profiles });
    expect(rulesOf(validateBoth(complete, ctx))).toEqual([]);
    profiles.push(profile(2, 100));
    expect(rulesOf(validateBoth(complete, ctx))).toEqual(['C4 figures.unique-clients.value']);
    ctx.profiles = [profile(1, 2)];
    expect(rulesOf(validateBoth(complete, ctx))).toEqual([]);
  });

  it('uses the template, catalogue and category sets given now', () => {
    const ctx = context();
    expect(rulesOf(validateBoth(complete, ctx))).toEqual([]);
    ctx.template = ReportingTemplate.parse({ ...template, indicators: template.indicators.filter((t) => t.indicatorId !== 'referrals-out') });
    expect(rulesOf(validateBoth(complete, ctx))).toEqual(['A1 figures.referrals-out']);
    ctx.template = template;
    const renamed = indicators.map((i) => (i.id === 'unique-clients' ? Indicator.parse({ ...i, name: 'People helped' }) : i));
    ctx.indicators = renamed;
    const tooMany = withFigure(complete, 'new-clients', { value: 99 });
    expect(validateBoth(tooMany, ctx).findings.find((f) => f.ruleId === 'A3')?.message).toContain('people helped');
    ctx.indicators = indicators;
    expect(validateBoth(tooMany, ctx).findings.find((f) => f.ruleId === 'A3')?.message).toContain('unique clients');
    const ageBand = categorySets[0]!;
    const sets = [CategorySet.parse({ ...ageBand, categories: [{ id: 'under-18', label: 'Under 18' }, ...ageBand.categories] }), ...categorySets.slice(1)];
    ctx.categorySets = sets;
    expect(rulesOf(validateBoth(complete, ctx))).toContain('C2 figures.unique-clients.breakdowns.age-band.under-18');
    sets[0] = ageBand;
    expect(rulesOf(validateBoth(complete, ctx))).toEqual([]);
  });
});
