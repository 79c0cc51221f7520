import { type Indicator, isUniqueClientIndicator, type ProfileVersion, type ReturnVersion } from '../schemas';
import { targetFor, yearToDateTarget } from '../profile';
import { type QuarterId, yearToDateQuarters } from '../time';
import { figureOf, returnsByQuarter } from './returnsByQuarter';

/**
 * P1 delivery as a % of target: achieved × 100 ÷ target, unrounded. Null when either is unknown or
 * the target is 0 (no target to deliver against — never Infinity or NaN). Multiplying first keeps
 * the one division correctly rounded, so a figure exactly at a RAG threshold (95 of 100) is exactly 95.
 */
export function deliveryPercent(achieved: number | null, target: number | null): number | null {
  if (achieved === null || target === null || target === 0) return null;
  return (achieved * 100) / target;
}

export type Delivery = { achieved: number | null; target: number | null; percent: number | null };

/**
 * How the year-to-date figure was found: unique-client indicators use the return's own year-to-date
 * figure (a client seen in two quarters counts once, so quarters cannot be added); the others add
 * up the quarters. `missingQuarters`: quarters without a figure, which leave year to date unknown.
 */
export type YearToDateDelivery = Delivery & { basis: 'year-to-date-figure' | 'sum-of-quarters'; missingQuarters: QuarterId[] };

export type IndicatorDelivery = {
  indicatorId: string;
  quarter: QuarterId;
  quarterly: Delivery;
  yearToDate: YearToDateDelivery;
};

export type DeliveryInput = {
  indicator: Pick<Indicator, 'id' | 'source'>;
  subContractId: string;
  quarter: QuarterId;
  /** The sub-contract's profile versions; the one in force is taken per quarter. */
  profiles: readonly ProfileVersion[];
  /** The sub-contract's returns (any versions; the newest of each quarter counts). */
  returns: readonly ReturnVersion[];
};

function yearToDateAchieved(input: DeliveryInput, byQuarter: ReturnType<typeof returnsByQuarter>) {
  const { indicator, quarter } = input;
  if (isUniqueClientIndicator(indicator)) {
    const ytd = figureOf(byQuarter.get(quarter), indicator.id)?.yearToDate ?? null;
    return { achieved: ytd, basis: 'year-to-date-figure' as const, missingQuarters: ytd === null ? [quarter] : [] };
  }
  let sum = 0;
  const missingQuarters: QuarterId[] = [];
  for (const q of yearToDateQuarters(quarter)) {
    const value = figureOf(byQuarter.get(q), indicator.id)?.value ?? null;
    if (value === null) missingQuarters.push(q);
    else sum += value;
  }
  return { achieved: missingQuarters.length > 0 ? null : sum, basis: 'sum-of-quarters' as const, missingQuarters };
}

/**
 * P1: delivery of one indicator of one sub-contract against the profile in force, for the quarter
 * and for the financial year to date. The year-to-date target adds each quarter's target from the
 * version in force in that quarter (yearToDateTarget), so a re-profile changes only the quarters it covers.
 */
export function p1Delivery(input: DeliveryInput): IndicatorDelivery {
  const { indicator, subContractId, quarter, profiles } = input;
  const byQuarter = returnsByQuarter(input.returns, subContractId);
  const achieved = figureOf(byQuarter.get(quarter), indicator.id)?.value ?? null;
  const target = targetFor(profiles, subContractId, indicator.id, quarter);
  const ytd = yearToDateAchieved(input, byQuarter);
  const ytdTarget = yearToDateTarget(profiles, subContractId, indicator.id, quarter);
  return {
    indicatorId: indicator.id,
    quarter,
    quarterly: { achieved, target, percent: deliveryPercent(achieved, target) },
    yearToDate: { ...ytd, target: ytdTarget, percent: deliveryPercent(ytd.achieved, ytdTarget) },
  };
}
