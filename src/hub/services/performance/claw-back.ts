import type { PaidSource, PrimeContractPerformance } from '../../../core/hub-api';
import { p4ClawBackForQuarter, paidOnProfile } from '../../../core/performance';
import type { Indicator, ProfileVersion, ReturnVersion, SubContract } from '../../../core/schemas';
import type { QuarterId } from '../../../core/time';
import type { RecordedPayment } from '../../db/queries/payments';

type ClawBack = PrimeContractPerformance['subContracts'][number]['clawBack'];

/**
 * P4 for one sub-contract and quarter. "Paid" for each line is the newest payment hub staff
 * recorded for it (`recorded`: newestPaymentsOf), else taken on profile (paidOnProfile); each line
 * says which in `paid`. Null when the sub-contract pays nothing by results. Every line is a
 * proposal with its workings. A line without a profile target stays not assessed even with a
 * recorded payment: P4 needs the profile to work out what was earned.
 */
export function clawBackRow(input: {
  subContract: SubContract;
  quarter: QuarterId;
  profiles: readonly ProfileVersion[];
  returns: readonly ReturnVersion[];
  indicators: readonly Indicator[];
  recorded: readonly RecordedPayment[];
}): ClawBack {
  const { subContract, quarter, profiles, returns } = input;
  if (subContract.paymentByResults.length === 0) return null;
  const names = new Map(input.indicators.map((i) => [i.id, i.name]));
  const recorded = new Map(input.recorded.filter((p) => p.subContractId === subContract.id && p.quarter === quarter).map((p) => [p.indicatorId, p]));
  const paidPence = paidOnProfile({ subContract, quarter, profiles });
  for (const [indicatorId, p] of recorded) paidPence[indicatorId] = p.paidPence;
  const p4 = p4ClawBackForQuarter({ subContract, quarter, profiles, returns, paidPence });
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
      paid: paidSource(recorded.get(l.indicatorId)),
    })),
    totalProposalPence: p4.totalProposalPence,
    notAssessed: p4.notAssessed,
  };
}

function paidSource(p: RecordedPayment | undefined): PaidSource {
  if (!p) return { kind: 'profile' };
  return { kind: 'recorded', recordedBy: p.recordedByName, recordedAt: p.recordedAt.toISOString(), reason: p.reason };
}
