import type { z } from 'zod';
import type { ReturnFigure, ReturnVersion } from '../schemas';
import { isUniqueClientIndicator, NOT_KNOWN } from '../schemas/indicators';
import { addWorkingDays, financialYearOf, type QuarterId, quarterEnd } from '../time';
import { demoCategoryWeights, demoIndicators, demoTemplates } from './catalogue';
import { demoManagerOf } from './consortium';
import { demoExplanation, demoNarrative, demoUnusualExplanation, type DemoStory } from './narrative';
import { demoProfileScale, demoTargets } from './profiles';
import { looksUnusual, median } from './unusual';
import { mulberry32, type Rng, seedFrom, splitTotal } from './prng';
import { type DemoSubContractSpec, DEMO_SUB_CONTRACT_SPECS } from './subContracts';

/** Accepted returns exist for every quarter of FY 2025/26 and Q1–Q2 of FY 2026/27. */
export const DEMO_HISTORY_QUARTERS: QuarterId[] = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2'];

const OUTLIER = { subContractId: 'sc-youth', quarter: '2026-Q2', sessionsFactor: 2.6 };
const LATE = { subContractId: 'sc-befriending', quarter: '2026-Q1', workingDays: 12 };
/**
 * Share of a quarter's clients already counted earlier in the same year. Kept small on purpose:
 * the demo's profiles count distinct clients per quarter and add up to the year's target.
 */
const REPEAT_SHARE = 0.04;
const BREAKDOWN_SETS = ['age-band', 'gender', 'ethnicity', 'ward'];

function storyOf(spec: DemoSubContractSpec, quarter: QuarterId): DemoStory {
  if (spec.id === OUTLIER.subContractId && quarter === OUTLIER.quarter) return 'outlier';
  if (demoProfileScale(spec.id, quarter) !== 1) return 'reprofiled';
  if (spec.id === 'sc-befriending' && quarter >= '2025-Q3') return 'red';
  if (spec.id === 'sc-carers-breaks' && quarter >= '2026-Q1') return 'amber';
  return 'green';
}

function deliveryIn(spec: DemoSubContractSpec, index: number, rng: Rng): number {
  return spec.delivery === 'green' ? rng.between(0.99, 1.07) : spec.delivery[index]!;
}

function breakdownsOf(total: number, sets: string[], rng: Rng, ageWeights?: number[]) {
  const out: Record<string, Record<string, number>> = {};
  for (const setId of sets) {
    const { ids, weights } = demoCategoryWeights(setId);
    const w = setId === 'age-band' && ageWeights ? [...ageWeights, weights[weights.length - 1]!] : weights;
    const parts = splitTotal(total, w, rng);
    out[setId] = Object.fromEntries(ids.map((id, i) => [id, parts[i]!]));
  }
  if (Object.values(out).some((b) => !(NOT_KNOWN in b))) throw new Error('A breakdown lost its not-known category');
  return out;
}

/** The quarter's figures: consistent with their breakdowns and with each other (A2, A3). */
function quarterValues(spec: DemoSubContractSpec, quarter: QuarterId, delivery: number, rng: Rng): Map<string, number> {
  const targets = demoTargets(spec, quarter, demoProfileScale(spec.id, quarter));
  const t = (id: string) => targets.get(id) ?? 0;
  // Real quarters wobble by several per cent; so do these (which also keeps A6 quiet for them).
  const noisy = (x: number) => x * delivery * (1 + rng.between(-0.05, 0.05));
  const unique = Math.round(noisy(t('unique-clients')));
  let sessions = Math.max(unique, Math.round(noisy(t('sessions'))));
  if (spec.id === OUTLIER.subContractId && quarter === OUTLIER.quarter) sessions = Math.round(sessions * OUTLIER.sessionsFactor);
  const values = new Map<string, number>([
    ['unique-clients', unique],
    ['new-clients', Math.min(unique, Math.round(unique * spec.perQuarter.newShare * rng.between(0.92, 1.08)))],
    ['sessions', sessions],
    ['interventions', Math.max(sessions, Math.round(sessions * spec.perQuarter.interventionsPerSession * rng.between(0.95, 1.05)))],
    ['onward-referrals', Math.round(unique * rng.between(0.08, 0.15))],
    ['volunteer-hours', Math.round(noisy(t('volunteer-hours')) * 4) / 4],
    // Up to 97% of the quarter's budget, so no budget line is overspent (A3) after a ±2% split.
    ['spend', Math.round(t('spend') * rng.between(0.92, 0.97))],
  ]);
  for (const id of Object.keys(spec.perQuarter.outcomes)) values.set(id, Math.min(unique, Math.round(noisy(t(id)))));
  if (targets.has('benefits-gained')) values.set('benefits-gained', Math.round(noisy(t('benefits-gained'))));
  return values;
}

type Running = Map<string, number>;

const TEMPLATE_ORDER = new Map(demoTemplates().map((t) => [t.id, t.indicators.map((i) => i.indicatorId)]));
const SOURCES = new Map(demoIndicators().map((i) => [i.id, i.source]));

/** Year to date for unique-client indicators (null for the rest, whose quarters simply add up). */
function yearToDate(indicatorId: string, quarterValue: number, running: Running): number | null {
  const source = SOURCES.get(indicatorId);
  if (!source || !isUniqueClientIndicator({ source })) return null;
  const before = running.get(indicatorId) ?? 0;
  // A client is new only once, so new clients add up; others overlap a little between quarters.
  if (source === 'new-clients') return before + quarterValue;
  return Math.max(quarterValue, before + Math.round(quarterValue * (1 - (before > 0 ? REPEAT_SHARE : 0))));
}

function timing(spec: DemoSubContractSpec, quarter: QuarterId, rng: Rng) {
  const late = spec.id === LATE.subContractId && quarter === LATE.quarter;
  const days = late ? LATE.workingDays : rng.int(3, 9);
  const received = addWorkingDays(quarterEnd(quarter), days);
  const accepted = addWorkingDays(received, 6);
  return { sealedAt: `${received}T13:05:00.000Z`, receivedAt: `${received}T13:06:30.000Z`, acceptedAt: `${accepted}T10:00:00.000Z` };
}

/** Indicator id → its figures in earlier quarters of the same sub-contract. */
type Past = Map<string, number[]>;

function anyUnusual(values: Map<string, number>, past: Past): boolean {
  return [...values].some(([id, v]) => looksUnusual(v, past.get(id) ?? []));
}

function demoReturn(spec: DemoSubContractSpec, quarter: QuarterId, index: number, running: Running, past: Past): z.input<typeof ReturnVersion> {
  const rng = mulberry32(seedFrom(`${spec.id}/${quarter}`, 2025));
  const story = storyOf(spec, quarter);
  // An ordinary quarter is drawn again (deterministically) until nothing in it looks unusual, so
  // that A6 speaks only where the demo has a story to tell.
  let values = quarterValues(spec, quarter, deliveryIn(spec, index, rng), rng);
  for (let tries = 0; story === 'green' && tries < 50 && anyUnusual(values, past); tries++) {
    values = quarterValues(spec, quarter, deliveryIn(spec, index, rng), rng);
  }
  const targets = demoTargets(spec, quarter, demoProfileScale(spec.id, quarter));
  const explanations: Record<string, string> = {};
  const order = TEMPLATE_ORDER.get(spec.templateId) ?? [];
  const figures: z.input<typeof ReturnFigure>[] = order.map((indicatorId) => {
    const value = values.get(indicatorId);
    if (value === undefined) throw new Error(`The demo has no figure for ${indicatorId} in ${spec.id}`);
    const target = targets.get(indicatorId);
    // Compared as C4 does (|value − target| × 100 > 10 × target). Off-profile quarters of a story
    // are usually unusual against history too (A6), so the manager explains both.
    if (target !== undefined && Math.abs(value - target) * 100 > 10 * target) {
      const why = demoExplanation(story, value > target);
      explanations[`C4:figures.${indicatorId}.value`] = why;
      if (story !== 'green') explanations[`A6:figures.${indicatorId}.value`] = why;
    }
    const ytd = yearToDate(indicatorId, value, running);
    if (ytd !== null) running.set(indicatorId, ytd);
    const breakdowns =
      indicatorId === 'unique-clients' ? breakdownsOf(value, BREAKDOWN_SETS, rng, spec.ageWeights)
      : indicatorId === 'new-clients' ? breakdownsOf(value, ['age-band'], rng, spec.ageWeights)
      : {};
    return { indicatorId, value, breakdowns, yearToDate: ytd };
  });
  for (const [id, v] of values) {
    // A green quarter can still look unusual when earlier quarters were nearly identical.
    if (looksUnusual(v, past.get(id) ?? [])) explanations[`A6:figures.${id}.value`] = demoUnusualExplanation(story, v > median(past.get(id)!));
    past.set(id, [...(past.get(id) ?? []), v]);
  }
  const lines = ['staff-costs', 'volunteer-expenses', 'running-costs'] as const;
  const spendParts = splitTotal(values.get('spend')!, lines.map((l) => spec.budget[l]), rng, 0.02);
  const manager = demoManagerOf(spec.memberId);
  const { sealedAt, receivedAt, acceptedAt } = timing(spec, quarter, rng);
  return {
    id: `ret-${spec.id}-${quarter}`,
    memberId: spec.memberId,
    subContractId: spec.id,
    quarter,
    version: 1,
    state: 'accepted',
    figures,
    narrative: demoNarrative(story, quarter),
    finance: Object.fromEntries(lines.map((l, i) => [l, spendParts[i]!])),
    explanations,
    seal: { declarationAccepted: true, managerId: manager.id, managerName: manager.displayName, sealedAtDevice: sealedAt, sealedAtCorrected: sealedAt, skewMs: 1_200 },
    receivedAt,
    updatedAt: acceptedAt,
    updatedBy: 'hub-contract-manager',
  };
}

/** Accepted returns, one per sub-contract and history quarter, oldest first. */
export function demoHistory(): z.input<typeof ReturnVersion>[] {
  return DEMO_SUB_CONTRACT_SPECS.flatMap((spec) => {
    const runningByYear = new Map<number, Running>();
    const past: Past = new Map();
    return DEMO_HISTORY_QUARTERS.map((quarter, index) => {
      const fy = financialYearOf(quarter);
      if (!runningByYear.has(fy)) runningByYear.set(fy, new Map());
      return demoReturn(spec, quarter, index, runningByYear.get(fy)!, past);
    });
  });
}
