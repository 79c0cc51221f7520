import type { ConsolidatedFigure, ConsolidatedReturn } from './p6-consolidated-return';

export type Suppressed = number | '<5' | null;

/**
 * P6 small-number suppression for anything sent outside the consortium: a count of 1 to 4 is shown
 * as "<5" so that no one can be picked out; 0 stays 0, 5 and more are shown as they are, and a
 * blank stays blank. (Cells are suppressed one by one; a total minus the other cells can still
 * reveal a small cell, so publish totals with care.)
 */
export function suppressSmallCounts(value: number | null): Suppressed {
  if (value === null) return null;
  return value >= 1 && value <= 4 ? '<5' : value;
}

export type PublishedFigure = Omit<ConsolidatedFigure, 'value' | 'upperBound' | 'breakdowns' | 'members'> & {
  value: Suppressed;
  upperBound: Suppressed;
  breakdowns: Record<string, Record<string, Suppressed>>;
  members: (Omit<ConsolidatedFigure['members'][number], 'value' | 'yearToDate' | 'breakdowns'> & {
    value: Suppressed;
    yearToDate: Suppressed;
    breakdowns: Record<string, Record<string, Suppressed>>;
  })[];
};
export type PublishedConsolidatedReturn = Omit<ConsolidatedReturn, 'figures'> & { figures: PublishedFigure[] };

/** The consolidated return as it may leave the consortium: every count (not hours or money) suppressed. */
export function publishConsolidatedReturn(c: ConsolidatedReturn): PublishedConsolidatedReturn {
  return {
    ...c,
    figures: c.figures.map((f) => {
      const s = f.kind === 'count' ? suppressSmallCounts : (v: number | null): Suppressed => v;
      const cells = (b: Record<string, Record<string, number | null>>) =>
        Object.fromEntries(Object.entries(b).map(([set, cats]) => [set, Object.fromEntries(Object.entries(cats).map(([id, n]) => [id, s(n)]))]));
      return {
        ...f,
        value: s(f.value),
        upperBound: s(f.upperBound),
        breakdowns: cells(f.breakdowns),
        members: f.members.map((m) => ({ ...m, value: s(m.value), yearToDate: s(m.yearToDate), breakdowns: cells(m.breakdowns) })),
      };
    }),
  };
}
