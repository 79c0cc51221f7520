import { describe, expect, it } from 'vitest';
import { CategorySet, NOT_KNOWN, ReferenceData } from '../../../src/core/schemas';

const ageBand = { id: 'age-band', name: 'Age band', categories: [{ id: '18-24', label: '18 to 24' }, { id: NOT_KNOWN, label: 'Not known / prefer not to say' }] };

function minimal() {
  return {
    consortium: { id: 'c', name: 'Test consortium' },
    members: [{ id: 'm1', name: 'Advice Centre', kind: 'full' }],
    primeContracts: [{ id: 'pc1', name: 'Advice', commissioner: 'Council', start: '2026-04-01', end: '2027-03-31', deadlinePolicy: {}, settings: {} }],
    subContracts: [{ id: 'sc1', memberId: 'm1', primeContractId: 'pc1', name: 'Advice sessions', start: '2026-04-01', end: '2027-03-31', valuePence: 1_000_000, templateId: 't1' }],
    categorySets: [ageBand],
    indicators: [{ id: 'clients', name: 'Unique clients supported', kind: 'count', source: 'unique-clients', breakdowns: ['age-band'] }],
    templates: [{ id: 't1', name: 'Advice template', indicators: [{ indicatorId: 'clients', requiredBreakdowns: ['age-band'] }] }],
    profiles: [],
    volunteerRoles: [],
  };
}

describe('category sets', () => {
  it('must include "not known / prefer not to say"', () => {
    const result = CategorySet.safeParse({ ...ageBand, categories: [{ id: '18-24', label: '18 to 24' }, { id: '25-34', label: '25 to 34' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(NOT_KNOWN);
  });
});

describe('reference data', () => {
  it('accepts a consistent consortium and fills the DESIGN §4 defaults', () => {
    const data = ReferenceData.parse(minimal());
    expect(data.primeContracts[0]?.settings.profileTolerancePercent).toBe(10);
    expect(data.primeContracts[0]?.deadlinePolicy.workingDaysAfterQuarterEnd).toBe(10);
  });

  it('names every dangling reference with its path', () => {
    const data = minimal();
    data.subContracts[0]!.memberId = 'm-missing';
    data.templates[0]!.indicators[0]!.requiredBreakdowns = ['ward'];
    const result = ReferenceData.safeParse(data);
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual([
      'subContracts.0.memberId: Unknown member "m-missing"',
      'templates.0.indicators.0.requiredBreakdowns.0: Unknown breakdown of clients "ward"',
    ]);
  });
});
