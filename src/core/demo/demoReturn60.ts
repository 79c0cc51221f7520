import type { z } from 'zod';
import { aggregateReturn } from '../aggregate';
import {
  CategorySet, Indicator, ProfileVersion, type RecordData, ReportingTemplate, type ReturnFigure, ReturnVersion, SubContract,
  type ValidationSettings, defaultValidationSettings,
} from '../schemas';
import type { QuarterId } from '../time';
import { demoCategorySets, demoCategoryWeights, demoIndicators } from './catalogue';
import { demoManagerOf } from './consortium';
import { demoNarrative } from './narrative';
import { demoRecords } from './demoRecords';
import { looksUnusual } from './unusual';
import { mulberry32, type Rng, splitTotal } from './prng';
import { demoSubContracts } from './subContracts';

/** Everything validateReturn needs for a large return, plus the return as it arrives (plain JSON). */
export type DemoReturn60 = {
  /** The return for 2026-Q2, unparsed: what a device sends. */
  ret: z.input<typeof ReturnVersion>;
  template: ReportingTemplate;
  indicators: Indicator[];
  categorySets: CategorySet[];
  subContract: SubContract;
  settings: ValidationSettings;
  profiles: ProfileVersion[];
  /** Accepted returns for 2025-Q1 … 2026-Q1, aggregated from the same kind of records. */
  previousReturns: ReturnVersion[];
  /** FY 2026/27's records so far (2026-Q1 and 2026-Q2), for A4, A5, A7 and A1. */
  records: RecordData[];
};

const SUB_CONTRACT = 'sc-advice-wellbeing';
const QUARTERS: QuarterId[] = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2'];
const CURRENT: QuarterId = '2026-Q2';
const EXTRA = 48;
const KINDS = ['count', 'count', 'hours', 'money'] as const;

/** The demo's twelve indicators and 48 synthetic manual ones; the counts among them are broken down by age and gender. */
function sixtyIndicators(): Indicator[] {
  const extra = Array.from({ length: EXTRA }, (_, i) => ({
    id: `extra-${String(i + 1).padStart(2, '0')}`,
    name: `Synthetic indicator ${i + 1}`,
    kind: KINDS[i % KINDS.length]!,
    source: 'manual' as const,
    breakdowns: KINDS[i % KINDS.length] === 'count' ? ['age-band', 'gender'] : [],
  }));
  return [...demoIndicators(), ...extra].map((i) => Indicator.parse(i));
}

/** A manual figure's base per quarter: whole numbers, quarter hours or pence as its kind needs. */
function manualValue(indicator: Indicator, index: number, rng: Rng, spread: number): number {
  const base = 40 + index * 7;
  const wobble = rng.between(1 - spread, 1 + spread);
  if (indicator.kind === 'hours') return Math.round(base * 3 * wobble * 4) / 4;
  if (indicator.kind === 'money') return Math.round(base * 2_500 * wobble);
  return Math.round(base * wobble);
}

function figuresFor(quarter: QuarterId, records: RecordData[], ctx: { template: ReportingTemplate; indicators: Indicator[]; categorySets: CategorySet[] }, rng: Rng): ReturnFigure[] {
  const byId = new Map(ctx.indicators.map((i) => [i.id, i]));
  const derived = aggregateReturn({ records, subContractId: SUB_CONTRACT, quarter, ...ctx });
  return derived.map((f, index) => {
    const indicator = byId.get(f.indicatorId)!;
    if (f.derived !== null) return f;
    // History wobbles more than the current quarter, which sits near the middle (A6 stays quiet).
    const value = manualValue(indicator, index, rng, quarter === CURRENT ? 0.02 : 0.1);
    const breakdowns: ReturnFigure['breakdowns'] = {};
    for (const setId of indicator.breakdowns) {
      const { ids, weights } = demoCategoryWeights(setId);
      const parts = splitTotal(value, weights, rng);
      breakdowns[setId] = Object.fromEntries(ids.map((id, i) => [id, parts[i]!]));
    }
    return { ...f, value, breakdowns };
  });
}

/**
 * A 60-indicator return with breakdowns, history and records, for the validate-return bench: the
 * demo's advice centre wellbeing sub-contract on a synthetic template of all twelve demo indicators
 * and 48 manual ones. Figures that come from records are the records' own aggregate, so the
 * return is the kind a member would really seal. Deterministic.
 */
export function demoReturn60({ recordsPerQuarter = 1_000 }: { recordsPerQuarter?: number } = {}): DemoReturn60 {
  const rng = mulberry32(60);
  const indicators = sixtyIndicators();
  const categorySets = demoCategorySets().map((s) => CategorySet.parse(s));
  const template = ReportingTemplate.parse({
    id: 't-sixty',
    name: 'Sixty-indicator return (synthetic)',
    indicators: indicators.map((i) => ({ indicatorId: i.id, required: i.id !== 'onward-referrals', requiredBreakdowns: i.id.startsWith('extra') || i.id === 'unique-clients' ? i.breakdowns : [] })),
    narrative: [{ id: 'progress', label: 'Progress', minLength: 150 }, { id: 'case-study', label: 'Case study', minLength: 300 }],
    financeLines: [{ id: 'staff-costs', label: 'Staff costs' }, { id: 'volunteer-expenses', label: 'Volunteer expenses' }, { id: 'running-costs', label: 'Running costs' }],
  });
  const subContract = SubContract.parse({ ...demoSubContracts().find((s) => s.id === SUB_CONTRACT)!, templateId: template.id });
  const ctx = { template, indicators, categorySets };
  const recordsByQuarter = new Map(QUARTERS.map((quarter, i) => [quarter, demoRecords({ subContractId: SUB_CONTRACT, quarter, count: recordsPerQuarter, seed: 600 + i })]));
  const manager = demoManagerOf(subContract.memberId);
  const returns = QUARTERS.map((quarter) => {
    const fyRecords = QUARTERS.filter((q) => q.slice(0, 4) === quarter.slice(0, 4) && q <= quarter).flatMap((q) => recordsByQuarter.get(q)!);
    const figures = figuresFor(quarter, fyRecords, ctx, rng);
    const spend = figures.find((f) => f.indicatorId === 'spend')!.value!;
    const lines = ['staff-costs', 'volunteer-expenses', 'running-costs'].map((line) =>
      fyRecords.reduce((n, r) => (r.type === 'spend' && r.quarter === quarter && r.lineId === line ? n + r.amountPence : n), 0),
    );
    if (lines.reduce((a, b) => a + b, 0) !== spend) throw new Error('Spend lines must add up to spend');
    const at = `${quarter === CURRENT ? '2026-10-08' : '2026-01-01'}T12:00:00.000Z`;
    return {
      id: `ret-sixty-${quarter}`,
      memberId: subContract.memberId,
      subContractId: subContract.id,
      quarter,
      version: 1,
      state: quarter === CURRENT ? ('sealed' as const) : ('accepted' as const),
      figures,
      narrative: { progress: demoNarrative('green', quarter).progress!, 'case-study': demoNarrative('green', quarter)['case-study']! },
      finance: { 'staff-costs': lines[0]!, 'volunteer-expenses': lines[1]!, 'running-costs': lines[2]! },
      seal: { declarationAccepted: true as const, managerId: manager.id, managerName: manager.displayName, sealedAtDevice: at, sealedAtCorrected: at, skewMs: 0 },
      updatedAt: at,
      updatedBy: manager.id,
    };
  });
  const targets = returns.flatMap((r) => r.figures.filter((f) => f.value !== null).map((f) => ({ indicatorId: f.indicatorId, quarter: r.quarter, target: f.value! })));
  const profile = ProfileVersion.parse({
    id: 'sixty-profile-v1', subContractId: subContract.id, version: 1, effectiveFrom: '2025-Q1',
    reason: 'Synthetic profile for the bench', agreedBy: 'Bench', agreedAt: '2025-03-01T10:00:00.000Z', targets,
  });
  // The manager explains whatever looks unusual against history (A6), as a sealed return would.
  const current = returns[returns.length - 1]!;
  const explanations: Record<string, string> = {};
  for (const f of current.figures) {
    const history = returns.slice(0, -1).flatMap((r) => r.figures.filter((h) => h.indicatorId === f.indicatorId && h.value !== null).map((h) => h.value!));
    if (f.value !== null && looksUnusual(f.value, history, 2.5)) explanations[`A6:figures.${f.indicatorId}.value`] = 'A normal quarter; earlier quarters happened to be alike.';
  }
  // JSON round trip: the return arrives as plain data, as it would over the wire.
  const ret = JSON.parse(JSON.stringify({ ...current, explanations })) as z.input<typeof ReturnVersion>;
  return {
    ret,
    template,
    indicators,
    categorySets,
    subContract,
    settings: defaultValidationSettings(),
    profiles: [profile],
    previousReturns: returns.slice(0, -1).map((r) => ReturnVersion.parse(r)),
    records: QUARTERS.filter((q) => q.startsWith('2026')).flatMap((q) => recordsByQuarter.get(q)!),
  };
}
