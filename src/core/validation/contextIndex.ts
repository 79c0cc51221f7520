// What the rules need from the context alone — index maps, the return's history, its profile targets,
// each indicator's outlier spread — computed once per context rather than on every validateReturn
// call (the app validates on every change; the context changes far less often). Each part is
// memoised on exactly the arrays it is computed from (memoOnArray: an array changed in any way is
// computed afresh), plus the return's sub-contract and quarter where those matter.
import type { CategorySet, Indicator, ProfileVersion, ReturnVersion, TemplateIndicator } from '../schemas';
import { profileInForce } from '../profile';
import { type QuarterId, financialYearOf, yearToDateQuarters } from '../time';
import { memoOnArray } from './identityCache';
import { type OutlierSpread, outlierSpread } from './outliers';

/** Earlier quarters of a sub-contract, oldest first, the newest version of each. */
export type ReturnHistory = readonly ReturnVersion[];

export type HistoryValue = { quarter: string; value: number };

/** A return's earlier quarters and what the rules read from them. */
export type HistoryView = {
  history: ReturnHistory;
  /** The returns of `history` in the same financial year as the quarter (A3's spend so far this year). */
  thisYear: ReturnHistory;
  /** How many quarters of its financial year the quarter closes (Q1 to the quarter, A5). */
  quartersSoFar: number;
  /** Indicator id → its figures in `history`, oldest first (quarters without a figure left out). */
  values: ReadonlyMap<string, readonly HistoryValue[]>;
  /** The median and spread of the indicator's history (A6); null without a spread. */
  outlierSpread: (indicatorId: string) => OutlierSpread | null;
};

export const templateIndicatorsById = memoOnArray(
  (tis: readonly TemplateIndicator[]): ReadonlyMap<string, TemplateIndicator> => new Map(tis.map((t) => [t.indicatorId, t])),
);

export const indicatorsById = memoOnArray((indicators: readonly Indicator[]): ReadonlyMap<string, Indicator> => new Map(indicators.map((i) => [i.id, i])));

export const categorySetIndex = memoOnArray((sets: readonly CategorySet[]) => ({
  byId: new Map(sets.map((s) => [s.id, s])) as ReadonlyMap<string, CategorySet>,
  categoryIds: new Map(sets.map((set) => [set.id, new Set(set.categories.map((c) => c.id))])) as ReadonlyMap<string, ReadonlySet<string>>,
}));

function historyOf(previous: readonly ReturnVersion[], subContractId: string, quarter: QuarterId): ReturnHistory {
  const byQuarter = new Map<string, ReturnVersion>();
  for (const r of previous) {
    if (r.subContractId !== subContractId || r.quarter >= quarter) continue;
    const held = byQuarter.get(r.quarter);
    if (held === undefined || r.version > held.version) byQuarter.set(r.quarter, r);
  }
  return [...byQuarter.values()].sort((a, b) => (a.quarter < b.quarter ? -1 : 1));
}

function historyValuesOf(history: ReturnHistory): Map<string, HistoryValue[]> {
  const out = new Map<string, HistoryValue[]>();
  for (const r of history) {
    for (const f of r.figures) {
      if (f.value === null) continue;
      let list = out.get(f.indicatorId);
      if (list === undefined) out.set(f.indicatorId, (list = []));
      // A figure given twice in an old return counts once, as the first (as `figures` does).
      if (list[list.length - 1]?.quarter !== r.quarter) list.push({ quarter: r.quarter, value: f.value });
    }
  }
  return out;
}

function historyView(previous: readonly ReturnVersion[], subContractId: string, quarter: QuarterId): HistoryView {
  const history = historyOf(previous, subContractId, quarter);
  const values = historyValuesOf(history);
  const spreads = new Map<string, OutlierSpread | null>();
  return {
    history,
    quartersSoFar: yearToDateQuarters(quarter).length,
    thisYear: history.length === 0 ? history : history.filter((r) => financialYearOf(r.quarter) === financialYearOf(quarter)),
    values,
    outlierSpread(indicatorId) {
      let s = spreads.get(indicatorId);
      if (s === undefined) spreads.set(indicatorId, (s = outlierSpread((values.get(indicatorId) ?? []).map((h) => h.value))));
      return s;
    },
  };
}

const key = (subContractId: string, quarter: QuarterId) => `${subContractId}\u0000${quarter}`;

const historyViews = memoOnArray((_previous: readonly ReturnVersion[]) => new Map<string, HistoryView>());
const NO_RETURNS: readonly ReturnVersion[] = [];

/** The earlier quarters of `subContractId` before `quarter` among `previous`, and their figures. */
export function historyFor(previous: readonly ReturnVersion[] | undefined, subContractId: string, quarter: QuarterId): HistoryView {
  const list = previous ?? NO_RETURNS;
  const views = historyViews(list);
  const k = key(subContractId, quarter);
  let view = views.get(k);
  if (view === undefined) views.set(k, (view = historyView(list, subContractId, quarter)));
  return view;
}

const targetMaps = memoOnArray((_profiles: readonly ProfileVersion[]) => new Map<string, ReadonlyMap<string, number>>());

/** Indicator id → target for the quarter, from the profile in force then (C4). */
export function targetsFor(profiles: readonly ProfileVersion[], subContractId: string, quarter: QuarterId): ReadonlyMap<string, number> {
  const maps = targetMaps(profiles);
  const k = key(subContractId, quarter);
  let out = maps.get(k);
  if (out === undefined) {
    const targets = new Map<string, number>();
    const profile = profileInForce(profiles, subContractId, quarter);
    for (const t of profile?.targets ?? []) if (t.quarter === quarter && !targets.has(t.indicatorId)) targets.set(t.indicatorId, t.target);
    maps.set(k, (out = targets));
  }
  return out;
}
