import { type LocalDate, type QuarterId, quarterEnd, quarterStart, yearToDateQuarters } from '../time';

/**
 * The span a set of figures covers. Dated records count when `from ≤ date ≤ to`; spend lines,
 * which carry a quarter rather than a date, count when their quarter is in `quarters`.
 */
export type Period = { from: LocalDate; to: LocalDate; quarters: readonly QuarterId[] };

export function quarterPeriod(quarter: QuarterId): Period {
  return { from: quarterStart(quarter), to: quarterEnd(quarter), quarters: [quarter] };
}

/** Q1 of the quarter's financial year up to and including the quarter. */
export function yearToDatePeriod(quarter: QuarterId): Period {
  const quarters = yearToDateQuarters(quarter);
  return { from: quarterStart(quarters[0] ?? quarter), to: quarterEnd(quarter), quarters };
}

/** The same span: the same dates and the same quarters (a Q1's year to date is its quarter). */
export function samePeriod(a: Period, b: Period): boolean {
  return a.from === b.from && a.to === b.to && a.quarters.length === b.quarters.length && a.quarters.every((q, i) => q === b.quarters[i]);
}
