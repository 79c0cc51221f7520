import type { ProfileVersion } from '../schemas';
import type { QuarterId } from '../time';
import { profileInForce } from './profileInForce';

/** The target for one indicator in one quarter, from the profile in force then; null when none is set. */
export function targetFor(
  profiles: readonly ProfileVersion[],
  subContractId: string,
  indicatorId: string,
  quarter: QuarterId,
): number | null {
  const profile = profileInForce(profiles, subContractId, quarter);
  if (profile === null) return null;
  for (const t of profile.targets) {
    if (t.indicatorId === indicatorId && t.quarter === quarter) return t.target;
  }
  return null;
}
