// Builders for validation tests: a complete, valid return for the fixture sub-contract.
import { aggregateReturn } from '../../../src/core/aggregate';
import type { RecordData, ReturnFigure, ReturnVersion } from '../../../src/core/schemas';
import { type RuleInput, type ValidationContext, prepareRuleInput } from '../../../src/core/validation';
import { Q, SUB, categorySets, contact, context, hours, indicators, outcome, spend, template } from '../aggregate/fixtures';

export const seal = {
  declarationAccepted: true as const,
  managerId: 'p-manager',
  managerName: 'Asha Patel',
  sealedAtDevice: '2026-07-10T16:00:00.000Z',
  sealedAtCorrected: '2026-07-10T16:00:00.000Z',
  skewMs: 0,
};

/** A complete return: every figure aggregated from `records`, narrative and finance filled. */
export function aReturn(records: RecordData[] = [], over: Partial<ReturnVersion> = {}): ReturnVersion {
  const figures = aggregateReturn({ records, template, indicators, categorySets, subContractId: SUB, quarter: over.quarter ?? Q }).map(
    (f): ReturnFigure => (f.indicatorId === 'referrals-out' ? { ...f, value: 3, derived: null } : f),
  );
  return {
    id: `ret-${over.quarter ?? Q}`,
    memberId: 'm-advice',
    subContractId: SUB,
    quarter: Q,
    version: 1,
    state: 'draft',
    nil: null,
    figures,
    narrative: { 'case-study': 'A young carer found a befriender and now goes to the group weekly.', progress: 'On track.' },
    finance: { staff: 200_000, venue: 30_000 },
    explanations: {},
    seal: null,
    receivedAt: null,
    updatedAt: '2026-07-01T12:00:00.000Z',
    updatedBy: 'p-manager',
    ...over,
  };
}

/** Sets one figure's value (and optionally breakdowns) in a copy of the return. */
export function withFigure(ret: ReturnVersion, indicatorId: string, patch: Partial<ReturnFigure> & { yearToDate?: number | null }): ReturnVersion {
  return { ...ret, figures: ret.figures.map((f) => (f.indicatorId === indicatorId ? { ...f, ...patch } : f)) };
}

export function input(ret: ReturnVersion, over: Partial<ValidationContext> = {}): RuleInput {
  return prepareRuleInput(ret, context(over));
}

export const ids = (findings: { ruleId: string; path: string }[]) => findings.map((f) => `${f.ruleId} ${f.path}`);

/** A small, consistent quarter of records for the fixture sub-contract. */
export function someRecords(): RecordData[] {
  return [
    contact('BRK-001', { isNew: true, demographics: { 'age-band': '18-24', gender: 'woman' }, interventions: 2 }),
    contact('BRK-001', { date: '2026-06-02', demographics: { 'age-band': '18-24' } }),
    contact('BRK-002', { demographics: { 'age-band': '65-plus', gender: 'man' } }),
    outcome('BRK-001'),
    hours('vol-1', 2.5),
    spend('staff', 200_000),
  ];
}
