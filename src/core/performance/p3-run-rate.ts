import type { ProfileVersion, ReturnVersion } from '../schemas';
import { yearToDateTarget } from '../profile';
import { formatQuarterId, parseQuarterId, type QuarterId } from '../time';
import { type DeliveryInput, p1Delivery } from './p1-delivery';

export type RunRate = {
  indicatorId: string;
  quarter: QuarterId;
  quartersElapsed: number;
  yearToDate: number | null;
  /** yearToDate ÷ quartersElapsed × 4. */
  projected: number | null;
  /** The year's target: each quarter's target from the profile version in force for that quarter. */
  annualTarget: number | null;
  /** projected × 100 ÷ annualTarget; null without a figure or with a target of 0. */
  percent: number | null;
};

/**
 * P3 run-rate projection to year end: the year-to-date figure (P1: the distinct year-to-date
 * figure for unique-client indicators, the sum of quarters for the rest) ÷ quarters elapsed × 4,
 * against the year's target. The year's target adds the four quarters' targets, each from the
 * profile version in force for that quarter — including a re-profile already agreed for a later
 * quarter. At Q4 the projection is the year's actual figure. Linear on purpose: it is a simple,
 * explainable early warning, not a forecast.
 */
export function runRate(input: {
  indicator: DeliveryInput['indicator'];
  subContractId: string;
  quarter: QuarterId;
  profiles: readonly ProfileVersion[];
  returns: readonly ReturnVersion[];
}): RunRate {
  const { financialYear, quarter: elapsed } = parseQuarterId(input.quarter);
  const ytd = p1Delivery(input).yearToDate.achieved;
  const annualTarget = yearToDateTarget(input.profiles, input.subContractId, input.indicator.id, formatQuarterId({ financialYear, quarter: 4 }));
  const usable = ytd !== null && annualTarget !== null && annualTarget !== 0;
  return {
    indicatorId: input.indicator.id,
    quarter: input.quarter,
    quartersElapsed: elapsed,
    yearToDate: ytd,
    projected: ytd === null ? null : (ytd * 4) / elapsed,
    annualTarget,
    // One division of exact products, so the 90% boundary is exact.
    percent: usable ? (ytd * 400) / (elapsed * annualTarget) : null,
  };
}
