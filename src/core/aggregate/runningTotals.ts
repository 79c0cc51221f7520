import type { CategorySet, RecordData } from '../schemas';
import type { QuarterId } from '../time';
import { quarterPeriod } from './period';
import { type RecordSummary, summariseRecords } from './summariseRecords';

/** The live figures a member sees filling up during the quarter. */
export type RunningTotals = {
  records: number;
  /** Clients supported: a contact or an outcome in the quarter, each client once. */
  clients: number;
  newClients: number;
  sessions: number;
  interventions: number;
  /** Achievements: distinct client–outcome pairs. */
  outcomes: number;
  volunteerHours: number;
  spendPence: number;
};

const NO_SETS: readonly CategorySet[] = [];

export function totalsOf(s: RecordSummary): RunningTotals {
  let outcomes = 0;
  for (const refs of s.outcomes.values()) outcomes += refs.size;
  return {
    records: s.recordCount,
    clients: s.clients.size,
    newClients: s.newClients,
    sessions: s.sessions,
    interventions: s.interventions,
    outcomes,
    volunteerHours: s.volunteerHours,
    spendPence: s.spendPence,
  };
}

/** Running totals for one sub-contract in a quarter. */
export function runningTotals(records: readonly RecordData[], subContractId: string, quarter: QuarterId): RunningTotals {
  return totalsOf(summariseRecords(records, subContractId, quarterPeriod(quarter), NO_SETS));
}

/** Running totals for every sub-contract that has records, grouping the records in one pass. */
export function runningTotalsBySubContract(records: readonly RecordData[], quarter: QuarterId): Map<string, RunningTotals> {
  const groups = new Map<string, RecordData[]>();
  for (const r of records) {
    let g = groups.get(r.subContractId);
    if (g === undefined) groups.set(r.subContractId, (g = []));
    g.push(r);
  }
  const period = quarterPeriod(quarter);
  const out = new Map<string, RunningTotals>();
  for (const [id, group] of groups) {
    const totals = totalsOf(summariseRecords(group, id, period, NO_SETS));
    if (totals.records > 0) out.set(id, totals);
  }
  return out;
}
