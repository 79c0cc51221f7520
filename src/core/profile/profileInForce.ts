import type { ProfileVersion } from '../schemas';
import type { QuarterId } from '../time';

/**
 * The profile version in force for a sub-contract in a quarter: the highest version whose
 * `effectiveFrom` is on or before that quarter. Re-profiling never rewrites history — a version
 * effective from Q3 says nothing about Q1 and Q2, which keep the targets of the version in force then.
 * Null when the sub-contract had no profile yet in that quarter.
 */
export function profileInForce(
  profiles: readonly ProfileVersion[],
  subContractId: string,
  quarter: QuarterId,
): ProfileVersion | null {
  let best: ProfileVersion | null = null;
  for (const p of profiles) {
    if (p.subContractId !== subContractId) continue;
    // 'YYYY-Qn' ids order as strings in time order, so no parsing in this hot path.
    if (p.effectiveFrom > quarter) continue;
    if (best === null || p.version > best.version) best = p;
  }
  return best;
}
