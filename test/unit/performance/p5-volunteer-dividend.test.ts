import { describe, expect, it } from 'vitest';
import { hoursByRole, p5VolunteerDividend } from '../../../src/core/performance';
import { demoRecords, demoReferenceData } from '../../../src/core/demo';
import { VolunteerRole } from '../../../src/core/schemas';

const roles = [
  VolunteerRole.parse({ id: 'befriender', name: 'Befriender', hourlyRatePence: 1_262, rateSource: 'Source A (fictional)', rateYear: 2025 }),
  VolunteerRole.parse({ id: 'driver', name: 'Volunteer driver', hourlyRatePence: 1_310, rateSource: 'Source B (fictional)', rateYear: 2025 }),
];

describe('p5VolunteerDividend', () => {
  it('values hours at each role’s equivalent rate, with the rate’s source and year', () => {
    const d = p5VolunteerDividend(new Map([['befriender', 10.25], ['driver', 4]]), roles);
    expect(d.lines).toEqual([
      { roleId: 'befriender', roleName: 'Befriender', hours: 10.25, hourlyRatePence: 1_262, valuePence: 12_936, rateSource: 'Source A (fictional)', rateYear: 2025 },
      { roleId: 'driver', roleName: 'Volunteer driver', hours: 4, hourlyRatePence: 1_310, valuePence: 5_240, rateSource: 'Source B (fictional)', rateYear: 2025 },
    ]);
    expect(d.totalPence).toBe(12_936 + 5_240);
    expect(d.totalHours).toBe(14.25);
    expect(d.sources).toEqual([{ rateSource: 'Source A (fictional)', rateYear: 2025 }, { rateSource: 'Source B (fictional)', rateYear: 2025 }]);
  });

  it('rounds each role’s value once, half up (10.25 h × 1,262p = 12,935.5p → 12,936p)', () => {
    expect(p5VolunteerDividend(new Map([['befriender', 10.25]]), roles).lines[0]!.valuePence).toBe(12_936);
  });

  it('lists hours for a role with no rate instead of valuing them at nothing silently', () => {
    const d = p5VolunteerDividend(new Map([['driver', 1], ['gardener', 3]]), roles);
    expect(d.unpriced).toEqual([{ roleId: 'gardener', hours: 3 }]);
    expect(d.totalHours).toBe(4);
    expect(d.totalPence).toBe(1_310);
  });

  it('works from records, using the demo rate table', () => {
    const demo = demoReferenceData();
    const records = demoRecords({ subContractId: 'sc-befriending', quarter: '2026-Q1', count: 400, seed: 3 });
    const hours = hoursByRole(records);
    expect([...hours.keys()].sort()).toEqual(['befriender', 'driver']);
    const d = p5VolunteerDividend(hours, demo.volunteerRoles);
    const expected = [...hours].reduce((n, [role, h]) => n + Math.round(h * demo.volunteerRoles.find((r) => r.id === role)!.hourlyRatePence), 0);
    expect(d.totalPence).toBe(expected);
    expect(d.sources.every((s) => s.rateYear === 2025)).toBe(true);
  });
});
