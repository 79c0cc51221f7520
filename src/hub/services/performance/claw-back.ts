import type { PrimeContractPerformance } from '../../../core/hub-api';
import { p4ClawBackForQuarter, paidOnProfile } from '../../../core/performance';
import type { Indicator, ProfileVersion, ReturnVersion, SubContract } from '../../../core/schemas';
import type { QuarterId } from '../../../core/time';

type ClawBack = PrimeContractPerformance['subContracts'][number]['clawBack'];

/**
 * P4 for one sub-contract and quarter, "paid" taken on profile (paidOnProfile, PAID_ON_PROFILE_BASIS).
 * Null when the sub-contract pays nothing by results. Every line is a proposal with its workings.
 */
export function clawBackRow(input: {
  subContract: SubContract;
  quarter: QuarterId;
  profiles: readonly ProfileVersion[];
  returns: readonly ReturnVersion[];
  indicators: readonly Indicator[];
}): ClawBack {
  const { subContract, quarter, profiles, returns } = input;
  if (subContract.paymentByResults.length === 0) return null;
  const names = new Map(input.indicators.map((i) => [i.id, i.name]));
  const p4 = p4ClawBackForQuarter({ subContract, quarter, profiles, returns, paidPence: paidOnProfile({ subContract, quarter, profiles }) });
  return {
    lines: p4.lines.map((l) => ({
      indicatorId: l.indicatorId,
      name: names.get(l.indicatorId) ?? l.indicatorId,
      unitPricePence: l.unitPricePence,
      achieved: l.achieved,
      profile: l.profile,
      earnedPence: l.earnedPence,
      paidPence: l.paidPence,
      proposalPence: l.proposalPence,
      workings: l.workings,
      paid: { kind: 'profile' as const },
    })),
    totalProposalPence: p4.totalProposalPence,
    notAssessed: p4.notAssessed,
  };
}
