import type { CategorySet, Indicator } from '../schemas';

/** Indicators and category sets by id, built once per call (tens of entries, so cheap). */
export type ReferenceIndex = {
  indicators: ReadonlyMap<string, Indicator>;
  categorySets: ReadonlyMap<string, CategorySet>;
  sets: readonly CategorySet[];
};

export function indexReference(indicators: readonly Indicator[], categorySets: readonly CategorySet[]): ReferenceIndex {
  return {
    indicators: new Map(indicators.map((i) => [i.id, i])),
    categorySets: new Map(categorySets.map((s) => [s.id, s])),
    sets: categorySets,
  };
}
