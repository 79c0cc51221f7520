import type { ProfileVersion } from '../schemas';
import { type QuarterId, yearToDateQuarters } from '../time';
import { targetFor } from './targetFor';

/**
 * The year-to-date target: the sum of each quarter's target from Q1 up to and including `quarter`,
 * each taken from the profile version in force in THAT quarter (so a re-profile from Q3 changes Q3
 * and Q4 only). A quarter with no target adds nothing; null when no quarter so far has a target.
 * Unique-client indicators are summed too: their profile targets are per-quarter numbers.
 */
export function yearToDateTarget(
  profiles: readonly ProfileVersion[],
  subContractId: string,
  indicatorId: string,
  quarter: QuarterId,
): number | null {
  let total: number | null = null;
  for (const q of yearToDateQuarters(quarter)) {
    const t = targetFor(profiles, subContractId, indicatorId, q);
    if (t !== null) total = (total ?? 0) + t;
  }
  return total;
}
