import { describe, expect, it } from 'vitest';
import { ProfileVersion } from '../../../src/core/schemas';
import { profileInForce, targetFor, yearToDateTarget } from '../../../src/core/profile';

const quarters = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'] as const;

function version(version: number, effectiveFrom: string, perQuarter: number, subContractId = 'sc-advice'): ProfileVersion {
  return ProfileVersion.parse({
    id: `${subContractId}-v${version}`,
    subContractId,
    version,
    effectiveFrom,
    reason: version === 1 ? 'Original profile' : 'Re-profiled after a staff vacancy',
    agreedBy: 'Hub contract manager',
    agreedAt: '2026-03-01T10:00:00.000Z',
    targets: quarters.map((quarter) => ({ indicatorId: 'unique-clients', quarter, target: perQuarter })),
  });
}

// Version 1 from Q1 (100 a quarter); re-profiled from Q3 to 80 a quarter.
const original = version(1, '2026-Q1', 100);
const reprofiled = version(2, '2026-Q3', 80);
const profiles = [reprofiled, original, version(1, '2026-Q1', 999, 'sc-other')];

describe('profileInForce', () => {
  it('uses the original version before the re-profile takes effect', () => {
    expect(profileInForce(profiles, 'sc-advice', '2026-Q1')?.version).toBe(1);
    expect(profileInForce(profiles, 'sc-advice', '2026-Q2')?.version).toBe(1);
  });

  it('uses the new version from its effective quarter onwards', () => {
    expect(profileInForce(profiles, 'sc-advice', '2026-Q3')?.version).toBe(2);
    expect(profileInForce(profiles, 'sc-advice', '2027-Q1')?.version).toBe(2);
  });

  it('finds nothing before the first version or for another sub-contract', () => {
    expect(profileInForce(profiles, 'sc-advice', '2025-Q4')).toBeNull();
    expect(profileInForce(profiles, 'sc-unknown', '2026-Q1')).toBeNull();
  });

  it('takes the highest version when two take effect in the same quarter', () => {
    const correction = { ...version(3, '2026-Q3', 85) };
    expect(profileInForce([original, reprofiled, correction], 'sc-advice', '2026-Q3')?.version).toBe(3);
  });

  it('orders quarters across calendar years (Q4 is January–March)', () => {
    const fromQ4 = version(2, '2026-Q4', 50);
    expect(profileInForce([original, fromQ4], 'sc-advice', '2026-Q3')?.version).toBe(1);
    expect(profileInForce([original, fromQ4], 'sc-advice', '2026-Q4')?.version).toBe(2);
  });
});

describe('targetFor', () => {
  it('keeps history: Q2 keeps its original target after re-profiling from Q3', () => {
    expect(targetFor(profiles, 'sc-advice', 'unique-clients', '2026-Q2')).toBe(100);
    expect(targetFor(profiles, 'sc-advice', 'unique-clients', '2026-Q3')).toBe(80);
    expect(targetFor(profiles, 'sc-other', 'unique-clients', '2026-Q3')).toBe(999);
  });

  it('is null for an indicator or quarter with no target', () => {
    expect(targetFor(profiles, 'sc-advice', 'new-clients', '2026-Q1')).toBeNull();
    expect(targetFor(profiles, 'sc-advice', 'unique-clients', '2027-Q1')).toBeNull();
    expect(targetFor(profiles, 'sc-advice', 'unique-clients', '2025-Q4')).toBeNull();
  });

  it('does not fall back to an older version when the version in force has no target', () => {
    const withoutTarget = ProfileVersion.parse({ ...reprofiled, version: 3, targets: [] });
    expect(targetFor([original, withoutTarget], 'sc-advice', 'unique-clients', '2026-Q3')).toBeNull();
  });
});

describe('yearToDateTarget', () => {
  it('sums each quarter from the version in force in that quarter', () => {
    expect(yearToDateTarget(profiles, 'sc-advice', 'unique-clients', '2026-Q1')).toBe(100);
    expect(yearToDateTarget(profiles, 'sc-advice', 'unique-clients', '2026-Q2')).toBe(200);
    expect(yearToDateTarget(profiles, 'sc-advice', 'unique-clients', '2026-Q3')).toBe(280);
    expect(yearToDateTarget(profiles, 'sc-advice', 'unique-clients', '2026-Q4')).toBe(360);
  });

  it('starts again in a new financial year and is null with no targets at all', () => {
    expect(yearToDateTarget(profiles, 'sc-advice', 'unique-clients', '2027-Q2')).toBeNull();
    expect(yearToDateTarget(profiles, 'sc-advice', 'new-clients', '2026-Q4')).toBeNull();
  });
});
