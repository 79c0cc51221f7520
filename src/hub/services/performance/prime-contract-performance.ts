import type { PerformanceQuery, PrimeContractPerformance } from '../../../core/hub-api';
import { PAID_ON_PROFILE_BASIS, p6ConsolidatedReturn } from '../../../core/performance';
import type { RecordData, VolunteerRole } from '../../../core/schemas';
import { quarterEnd, quarterLabel, quarterStart } from '../../../core/time';
import { isActiveInQuarter } from '../../../core/timeliness';
import type { Queryable } from '../../db/db';
import { referenceRowsOfKinds } from '../../db/queries/consortium-reference';
import { newestPaymentsOf } from '../../db/queries/payments';
import { volunteerHoursRecordsOf } from '../../db/queries/volunteer-hours-records';
import { type HubReference, subContractContext, type SubContractContext } from '../returns/hub-reference';
import { consolidatedView } from './consolidated';
import { heldReturns } from './held-returns';
import { performanceQuarter } from './performance-quarter';
import { primeContractOf } from './prime-contract';
import { subContractRow } from './sub-contract-row';

/**
 * GET /api/prime-contracts/:id/performance: for one quarter, each active sub-contract's P1–P5 from
 * the newest version of its returns the hub holds (any state, as the return detail shows them),
 * and P6 from accepted and locked returns only (the core default), listing who is missing. P4 takes
 * "paid" from the newest payment hub staff recorded for a line, else on profile.
 */
export async function primeContractPerformance(q: Queryable, ref: HubReference, primeContractId: string, query: PerformanceQuery, now: Date): Promise<PrimeContractPerformance> {
  const pc = primeContractOf(ref, primeContractId);
  const { quarter, previousQuarter, nextQuarter } = performanceQuarter(pc, query.quarter, now);
  const all = [...ref.subContracts.values()].filter((s) => s.primeContractId === pc.id);
  const active = all
    .filter((s) => isActiveInQuarter(s, quarter))
    .map((s) => subContractContext(ref, s.id))
    .filter((sc): sc is SubContractContext => sc !== undefined)
    .sort((a, b) => a.member.name.localeCompare(b.member.name) || a.subContract.name.localeCompare(b.subContract.name));
  const returns = await heldReturns(q, ref, all.map((s) => s.id));
  const roles = (await referenceRowsOfKinds(q, ['volunteerRole'])).map((r) => r.data as VolunteerRole);
  const hours = new Map<string, RecordData[]>();
  for (const r of await volunteerHoursRecordsOf(q, active.map((sc) => sc.subContract.id), quarterStart(quarter), quarterEnd(quarter))) {
    // A record counts for the member that holds the sub-contract, never another member's device.
    if (ref.subContracts.get(r.subContractId)?.memberId !== r.memberId) continue;
    const list = hours.get(r.subContractId);
    if (list) list.push(r);
    else hours.set(r.subContractId, [r]);
  }
  const payments = await newestPaymentsOf(q, active.map((sc) => sc.subContract.id), quarter);
  const consolidated = p6ConsolidatedReturn({ primeContractId: pc.id, quarter, subContracts: all, indicators: ref.indicators, returns });
  return {
    primeContract: { id: pc.id, name: pc.name, commissioner: pc.commissioner },
    quarter,
    quarterLabel: quarterLabel(quarter),
    previousQuarter,
    nextQuarter,
    subContracts: active.map((sc) =>
      subContractRow({ ref, sc, quarter, returns: returns.filter((r) => r.subContractId === sc.subContract.id), records: hours.get(sc.subContract.id) ?? [], roles, payments: payments.filter((p) => p.subContractId === sc.subContract.id) }),
    ),
    consolidated: consolidatedView(consolidated),
    paidBasis: PAID_ON_PROFILE_BASIS,
  };
}
