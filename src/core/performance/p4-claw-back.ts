import type { ProfileVersion, ReturnVersion, SubContract } from '../schemas';
import { targetFor } from '../profile';
import type { QuarterId } from '../time';
import { formatPence, formatValue } from './format';
import { figureOf, returnsByQuarter } from './returnsByQuarter';

export type ClawBackLine = {
  indicatorId: string;
  unitPricePence: number;
  achieved: number;
  profile: number;
  /** min(achieved, profile): achievement above profile earns nothing extra. */
  payable: number;
  earnedPence: number;
  paidPence: number;
  /** paid − earned, never below 0. */
  proposalPence: number;
  /** The sum in words, for the person who decides. */
  workings: string;
  /** Always a proposal: nothing here recovers money; a person approves or rejects it. */
  status: 'proposal';
};

/**
 * P4 claw back proposal for one payment-by-results line: earned = unit price × min(achieved,
 * profile); proposal = paid − earned, or 0 if paid ≤ earned (an overpayment the other way is not
 * this rule's business). Money in whole pence: earned is rounded once, half up, only when a
 * fractional achievement (e.g. hours) makes it fractional. Bad input throws a RangeError.
 */
export function p4ClawBack(line: { indicatorId: string; unitPricePence: number; achieved: number; profile: number; paidPence: number }): ClawBackLine {
  const { indicatorId, unitPricePence, achieved, profile, paidPence } = line;
  for (const [what, n] of Object.entries({ unitPricePence, paidPence })) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what} must be whole pence, 0 or more, not ${n}`);
  }
  for (const [what, n] of Object.entries({ achieved, profile })) {
    if (!Number.isFinite(n) || n < 0) throw new RangeError(`${what} must be a number, 0 or more, not ${n}`);
  }
  const payable = Math.min(achieved, profile);
  const earnedPence = Math.round(unitPricePence * payable);
  const proposalPence = Math.max(0, paidPence - earnedPence);
  const capped = achieved > profile ? ` (achieved ${formatValue('count', achieved)}, capped at the profile of ${formatValue('count', profile)})` : ` (achieved ${formatValue('count', achieved)} against a profile of ${formatValue('count', profile)})`;
  const result =
    proposalPence > 0
      ? `Proposed claw back: ${formatPence(paidPence)} paid − ${formatPence(earnedPence)} earned = ${formatPence(proposalPence)}.`
      : `Nothing to claw back: ${formatPence(paidPence)} paid is not more than ${formatPence(earnedPence)} earned.`;
  return {
    indicatorId,
    unitPricePence,
    achieved,
    profile,
    payable,
    earnedPence,
    paidPence,
    proposalPence,
    workings: `Earned: ${formatPence(unitPricePence)} × ${formatValue('count', payable)}${capped} = ${formatPence(earnedPence)}. ${result} This is a proposal for a person to approve; nothing has been recovered.`,
    status: 'proposal',
  };
}

/**
 * P4 for every payment-by-results line of a sub-contract in a quarter, from its return and the
 * profile in force. `paidPence`: indicator id → what was paid for that line for the quarter. A line
 * with no figure, no target or no payment recorded is listed in `notAssessed` with the reason.
 */
export function p4ClawBackForQuarter(input: {
  subContract: Pick<SubContract, 'id' | 'paymentByResults'>;
  quarter: QuarterId;
  profiles: readonly ProfileVersion[];
  returns: readonly ReturnVersion[];
  paidPence: Readonly<Record<string, number>>;
}): { lines: ClawBackLine[]; totalProposalPence: number; notAssessed: { indicatorId: string; reason: string }[] } {
  const ret = returnsByQuarter(input.returns, input.subContract.id).get(input.quarter);
  const lines: ClawBackLine[] = [];
  const notAssessed: { indicatorId: string; reason: string }[] = [];
  for (const pbr of input.subContract.paymentByResults) {
    const achieved = figureOf(ret, pbr.indicatorId)?.value ?? null;
    const profile = targetFor(input.profiles, input.subContract.id, pbr.indicatorId, input.quarter);
    const paid = input.paidPence[pbr.indicatorId];
    if (achieved === null) notAssessed.push({ indicatorId: pbr.indicatorId, reason: 'No figure for this quarter yet' });
    else if (profile === null) notAssessed.push({ indicatorId: pbr.indicatorId, reason: 'No profile target for this quarter' });
    else if (paid === undefined) notAssessed.push({ indicatorId: pbr.indicatorId, reason: 'No payment recorded for this quarter' });
    else lines.push(p4ClawBack({ indicatorId: pbr.indicatorId, unitPricePence: pbr.unitPricePence, achieved, profile, paidPence: paid }));
  }
  return { lines, totalProposalPence: lines.reduce((n, l) => n + l.proposalPence, 0), notAssessed };
}
