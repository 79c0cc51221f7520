import type { z } from 'zod';
import type { ProfileVersion } from '../schemas';
import { parseQuarterId, quartersOfFinancialYear, type QuarterId } from '../time';
import { type DemoSubContractSpec, DEMO_SUB_CONTRACT_SPECS, annualBudgetPence } from './subContracts';

/** The two financial years the demo is profiled for: 2025/26 and 2026/27. */
export const DEMO_FINANCIAL_YEARS = [2025, 2026] as const;
export const DEMO_PROFILED_QUARTERS: QuarterId[] = DEMO_FINANCIAL_YEARS.flatMap((fy) => quartersOfFinancialYear(fy));

// Q2 (summer) is quieter for most services; Q3 busier (winter, energy bills).
const SEASON = { 1: 1, 2: 0.92, 3: 1.05, 4: 1.03 } as const;
const GROWTH_2026 = 1.04;

/** Share of unique clients helped with a benefits claim (advice templates). */
export const BENEFITS_SHARE = 0.35;

const LUNCH_REPROFILE = {
  effectiveFrom: '2026-Q3' as QuarterId,
  scale: { '2026-Q3': 0.6, '2026-Q4': 1.1 } as Record<string, number>,
};

/** Indicator id → the quarter's target for a demo sub-contract, `scale` applied to activity (not spend). */
export function demoTargets(spec: DemoSubContractSpec, quarter: QuarterId, scale = 1): Map<string, number> {
  const { financialYear, quarter: n } = parseQuarterId(quarter);
  const p = spec.perQuarter;
  const factor = SEASON[n] * (financialYear >= 2026 ? GROWTH_2026 : 1) * scale;
  const unique = Math.round(p.uniqueClients * factor);
  const sessions = Math.round(unique * p.sessionsPerClient);
  const targets = new Map<string, number>([
    ['unique-clients', unique],
    ['new-clients', Math.round(unique * p.newShare)],
    ['sessions', sessions],
    ['interventions', Math.round(sessions * p.interventionsPerSession)],
  ]);
  for (const [indicatorId, share] of Object.entries(p.outcomes)) targets.set(indicatorId, Math.round(unique * share));
  if (p.benefitsPerClientPence !== undefined) {
    targets.set('benefits-gained', Math.round(unique * BENEFITS_SHARE) * p.benefitsPerClientPence);
  }
  targets.set('volunteer-hours', Math.round(p.volunteerHours * factor));
  targets.set('spend', Math.round(annualBudgetPence(spec) / 4));
  return targets;
}

function targetList(spec: DemoSubContractSpec, quarters: QuarterId[], scaleOf: (q: QuarterId) => number) {
  return quarters.flatMap((quarter) =>
    [...demoTargets(spec, quarter, scaleOf(quarter))].map(([indicatorId, target]) => ({ indicatorId, quarter, target })),
  );
}

/** Version 1 for every sub-contract from 2025-Q1; the lunch club's re-profile (version 2) from 2026-Q3. */
export function demoProfiles(): z.input<typeof ProfileVersion>[] {
  const originals = DEMO_SUB_CONTRACT_SPECS.map((spec) => ({
    id: `${spec.id}-profile-v1`,
    subContractId: spec.id,
    version: 1,
    effectiveFrom: '2025-Q1',
    reason: 'Original profile agreed at contract award',
    agreedBy: 'Dana Pryce, hub contract manager',
    agreedAt: '2025-03-14T11:00:00.000Z',
    targets: targetList(spec, DEMO_PROFILED_QUARTERS, () => 1),
  }));
  const lunch = DEMO_SUB_CONTRACT_SPECS.find((s) => s.id === 'sc-lunch')!;
  const fromQuarters = DEMO_PROFILED_QUARTERS.filter((q) => q >= LUNCH_REPROFILE.effectiveFrom);
  const reprofile = {
    id: 'sc-lunch-profile-v2',
    subContractId: 'sc-lunch',
    version: 2,
    effectiveFrom: LUNCH_REPROFILE.effectiveFrom,
    reason:
      'The church hall closes for roof repairs from October to December 2026; lunches move to a smaller room ' +
      'at the library, so the Q3 targets fall and the Q4 targets rise to make up part of the difference.',
    agreedBy: 'Jo Whitfield, commissioning manager, Riverside and Westvale NHS Board (fictional), with Dana Pryce, hub contract manager',
    agreedAt: '2026-09-04T10:30:00.000Z',
    targets: targetList(lunch, fromQuarters, (q) => LUNCH_REPROFILE.scale[q] ?? 1),
  };
  return [...originals, reprofile];
}

/** The scale the lunch club's profile in force applies in a quarter (1 elsewhere). */
export function demoProfileScale(subContractId: string, quarter: QuarterId): number {
  if (subContractId !== 'sc-lunch' || quarter < LUNCH_REPROFILE.effectiveFrom) return 1;
  return LUNCH_REPROFILE.scale[quarter] ?? 1;
}
