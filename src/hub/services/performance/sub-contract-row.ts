import type { SubContractPerformanceRow } from '../../../core/hub-api';
import { performanceOf, returnsByQuarter } from '../../../core/performance';
import type { RecordData, ReturnVersion, VolunteerRole } from '../../../core/schemas';
import type { QuarterId } from '../../../core/time';
import type { RecordedPayment } from '../../db/queries/payments';
import type { HubReference, SubContractContext } from '../returns/hub-reference';
import { clawBackRow } from './claw-back';
import { volunteerDividendRow } from './volunteer-dividend';

/**
 * One sub-contract's row: P1–P3 for each indicator of its template (performanceOf, with the prime
 * contract's RAG and run-rate settings, as the return detail computes them), P4 and P5.
 * `returns`: the sub-contract's held returns (heldReturns); `records`: its volunteer hours in the quarter;
 * `payments`: the newest recorded payment of each of its lines in the quarter (newestPaymentsOf).
 */
export function subContractRow(input: {
  ref: HubReference;
  sc: SubContractContext;
  quarter: QuarterId;
  returns: readonly ReturnVersion[];
  records: readonly RecordData[];
  roles: readonly VolunteerRole[];
  payments: readonly RecordedPayment[];
}): SubContractPerformanceRow {
  const { ref, sc, quarter, returns } = input;
  const { subContract, template, profiles, member } = sc;
  const perf = performanceOf({ subContractId: subContract.id, quarter, template, indicators: ref.indicators, profiles, returns, settings: sc.primeContract.settings });
  const kinds = new Map(ref.indicators.map((i) => [i.id, i.kind]));
  return {
    subContractId: subContract.id,
    subContractName: subContract.name,
    memberId: member.id,
    memberName: member.name,
    returnState: returnsByQuarter(returns, subContract.id).get(quarter)?.state ?? null,
    indicators: perf.indicators.map((i) => ({
      indicatorId: i.indicatorId,
      name: i.name,
      kind: kinds.get(i.indicatorId) ?? 'count',
      key: i.key,
      achieved: i.quarterly.achieved,
      target: i.quarterly.target,
      percent: i.quarterly.percent,
      rag: i.quarterly.rag,
      yearToDateAchieved: i.yearToDate.achieved,
      yearToDateTarget: i.yearToDate.target,
      yearToDatePercent: i.yearToDate.percent,
      yearToDateRag: i.yearToDate.rag,
    })),
    earlyWarning: { warning: perf.earlyWarning.warning, reasons: perf.earlyWarning.reasons },
    clawBack: clawBackRow({ subContract, quarter, profiles, returns, indicators: ref.indicators, recorded: input.payments }),
    volunteerDividend: volunteerDividendRow(input.records, input.roles),
  };
}
