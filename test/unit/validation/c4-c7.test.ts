import { describe, expect, it } from 'vitest';
import { ProfileVersion, ValidationSettings } from '../../../src/core/schemas';
import { c4ProfileTolerance, c5RequiredNarrative, c6RequiredFinance, c7Sealed, validateReturn } from '../../../src/core/validation';
import { Q, SUB, context } from '../aggregate/fixtures';
import { aReturn, ids, input, seal, someRecords, withFigure } from './helpers';

const complete = aReturn(someRecords());

function profile(version: number, effectiveFrom: string, targets: Record<string, number>, quarter = Q): ProfileVersion {
  return ProfileVersion.parse({
    id: `pv-${version}`,
    subContractId: SUB,
    version,
    effectiveFrom,
    reason: 'Agreed at contract start',
    agreedBy: 'Hub contract manager',
    agreedAt: '2026-03-01T10:00:00.000Z',
    targets: Object.entries(targets).map(([indicatorId, target]) => ({ indicatorId, quarter, target })),
  });
}

describe('C4 figure against profile', () => {
  const profiles = [profile(1, '2026-Q1', { 'unique-clients': 10_000 })];
  const c4 = (value: number, over = {}) => c4ProfileTolerance(input(withFigure(complete, 'unique-clients', { value }), { profiles, ...over }));

  it('accepts figures up to exactly 10% either side', () => {
    expect(c4(11_000)).toEqual([]);
    expect(c4(9_000)).toEqual([]);
  });

  it('warns just beyond 10%, saying how far and asking for an explanation', () => {
    expect(c4(11_001)).toEqual([
      {
        ruleId: 'C4',
        severity: 'warning',
        path: 'figures.unique-clients.value',
        message: 'Unique clients is 11,001, 10.01% above the profile of 10,000 — explain the difference',
        expected: { target: 10_000, tolerancePercent: 10 },
        actual: 11_001,
      },
    ]);
    expect(c4(8_999)[0]?.message).toBe('Unique clients is 8,999, 10.01% below the profile of 10,000 — explain the difference');
  });

  it('is exact at the boundary for small targets too (110 against 100)', () => {
    const small = [profile(1, '2026-Q1', { 'unique-clients': 100 })];
    expect(c4ProfileTolerance(input(withFigure(complete, 'unique-clients', { value: 110 }), { profiles: small }))).toEqual([]);
    expect(c4ProfileTolerance(input(withFigure(complete, 'unique-clients', { value: 111 }), { profiles: small }))).toHaveLength(1);
  });

  it('uses the prime contract’s tolerance', () => {
    const settings = ValidationSettings.parse({ profileTolerancePercent: 5 });
    expect(c4(10_500, { settings })).toEqual([]);
    expect(c4(10_501, { settings })).toHaveLength(1);
  });

  it('uses the target of the profile version in force for the quarter', () => {
    const reprofiled = [...profiles, profile(2, '2026-Q1', { 'unique-clients': 12_000 }), profile(3, '2026-Q2', { 'unique-clients': 1 })];
    expect(c4(12_000, { profiles: reprofiled })).toEqual([]);
    expect(c4(10_000, { profiles: reprofiled })).toHaveLength(1);
  });

  it('warns on any figure against a target of 0, and skips indicators without a target', () => {
    const zero = [profile(1, '2026-Q1', { 'unique-clients': 0 })];
    expect(c4ProfileTolerance(input(withFigure(complete, 'unique-clients', { value: 0 }), { profiles: zero }))).toEqual([]);
    const one = c4ProfileTolerance(input(withFigure(complete, 'unique-clients', { value: 1 }), { profiles: zero }));
    expect(one[0]?.message).toBe('Unique clients is 1, against a profile of 0 — explain the difference');
    expect(c4ProfileTolerance(input(complete, { profiles: [] }))).toEqual([]);
  });

  it('blocks sealing until explained', () => {
    const ret = withFigure(complete, 'referrals-out', { value: 50 });
    const profiles = [profile(1, '2026-Q1', { 'referrals-out': 10 })];
    const before = validateReturn(ret, context({ profiles }));
    expect(ids(before.unexplained)).toEqual(['C4 figures.referrals-out.value']);
    expect(before.canSeal).toBe(false);
    const explained = { ...ret, explanations: { 'C4:figures.referrals-out.value': 'A new partnership with the job centre.' } };
    const after = validateReturn(explained, context({ profiles }));
    expect(after.unexplained).toEqual([]);
    expect(after.canSeal).toBe(true);
    expect(validateReturn({ ...ret, explanations: { 'C4:figures.referrals-out.value': '  ' } }, context({ profiles })).canSeal).toBe(false);
  });
});

describe('C5 required narrative', () => {
  const c5 = (narrative: Record<string, string>) => c5RequiredNarrative(input({ ...complete, narrative }));
  const forty = 'x'.repeat(40);

  it('accepts narrative at exactly the minimum length, ignoring surrounding spaces', () => {
    expect(c5({ 'case-study': `  ${forty}  `, progress: 'Going well' })).toEqual([]);
  });

  it('asks for missing or blank narrative', () => {
    const findings = c5({ 'case-study': forty, progress: '   ' });
    expect(findings.map((f) => [f.path, f.message])).toEqual([['narrative.progress', 'Enter the progress this quarter']]);
  });

  it('says how much more a short answer needs', () => {
    const findings = c5({ 'case-study': 'x'.repeat(39), progress: 'ok' });
    expect(findings).toMatchObject([{ ruleId: 'C5', severity: 'error', path: 'narrative.case-study', actual: 39, expected: { minLength: 40 } }]);
    expect(findings[0]?.message).toBe('The case study must be at least 40 characters — it is 39; add more detail');
  });

  it('does not require optional items', () => {
    expect(c5({ 'case-study': forty, progress: 'ok' }).map((f) => f.path)).not.toContain('narrative.other');
  });
});

describe('C6 required finance lines', () => {
  it('accepts 0 and asks for blank or missing required lines only', () => {
    expect(c6RequiredFinance(input({ ...complete, finance: { staff: 0, venue: 0 } }))).toEqual([]);
    const findings = c6RequiredFinance(input({ ...complete, finance: { staff: null } }));
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ['finance.staff', 'Enter the amount spent on staff costs — enter 0 if nothing was spent'],
      ['finance.venue', 'Enter the amount spent on venue hire — enter 0 if nothing was spent'],
    ]);
  });
});

describe('C7 sealed', () => {
  it('does not block before sealing on the device', () => {
    expect(c7Sealed(input(complete, { stage: 'seal-check' }))).toEqual([]);
    expect(validateReturn(complete, context({ stage: 'seal-check' })).canSeal).toBe(true);
  });

  it('is an error at the hub when the return is not sealed', () => {
    expect(c7Sealed(input(complete, { stage: 'received' }))).toMatchObject([{ ruleId: 'C7', severity: 'error', path: 'seal' }]);
    expect(c7Sealed(input({ ...complete, seal }, { stage: 'received' }))).toEqual([]);
  });

  it('reports a declaration not accepted or a manager not named, at the field', () => {
    const result = validateReturn({ ...complete, seal: { ...seal, declarationAccepted: false, managerName: ' ' } }, context({ stage: 'received' }));
    expect(result.findings.map((f) => [f.ruleId, f.path, f.message])).toEqual([
      ['C7', 'seal.declarationAccepted', 'Confirm the declaration to seal the return'],
      ['C7', 'seal.managerName', 'Name the manager sealing the return'],
    ]);
    expect(result.canSeal).toBe(false);
  });
});
