import type { ProfileVersion, SubContract } from '../schemas';
import { targetFor } from '../profile';
import type { QuarterId } from '../time';

/** How P4's "paid" is taken: said in words beside every claw back. */
export const PAID_ON_PROFILE_BASIS =
  'The prime contract pays on profile, in advance: the amount paid for each payment-by-results line is taken as its unit price × the quarter’s profile target, unless hub staff have recorded what was really paid for that line.';

/**
 * P4 "paid" for each payment-by-results line of a sub-contract in a quarter, on the rule that the
 * prime contract pays on profile in advance: unit price × the quarter's target in the profile in
 * force. Whole pence (rounded once, half up, for a fractional target such as hours). A line with
 * no target this quarter is left out, so P4 lists it as not assessed rather than paid £0.
 */
export function paidOnProfile(input: {
  subContract: Pick<SubContract, 'id' | 'paymentByResults'>;
  quarter: QuarterId;
  profiles: readonly ProfileVersion[];
}): Record<string, number> {
  const paid: Record<string, number> = {};
  for (const line of input.subContract.paymentByResults) {
    const target = targetFor(input.profiles, input.subContract.id, line.indicatorId, input.quarter);
    if (target !== null) paid[line.indicatorId] = Math.round(line.unitPricePence * target);
  }
  return paid;
}
