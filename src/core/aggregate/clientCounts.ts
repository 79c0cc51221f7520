import type { RecordData } from '../schemas';
import type { LocalDate } from '../time';
import type { RecordSummary } from './summariseRecords';

/**
 * What a unique-client figure over a period needs: the distinct clients supported, the new clients
 * and each outcome's distinct clients. A RecordSummary has these too.
 */
export type ClientCounts = {
  clients: { readonly size: number };
  newClients: number;
  outcomes: ReadonlyMap<string, { readonly size: number }>;
};

/**
 * The client counts from `from` to the end of a quarter, given the quarter's summary (which starts on
 * `quarterStart`): the quarter's clients plus those of the sub-contract's records dated from `from`
 * up to the quarter, counted as summariseRecords counts them (supported: a contact or an outcome;
 * new: a contact marked new; outcomes by indicator), each client once across the whole span. Only
 * the records before the quarter are looked at, and only for these counts: a year to date needs no
 * demographics, sessions, hours or spend.
 */
export function clientCountsSince(quarter: RecordSummary, records: readonly RecordData[], subContractId: string, from: LocalDate, quarterStart: LocalDate): ClientCounts {
  if (from >= quarterStart) return quarter;
  const clients = new Set<string>(); // clients before the quarter who are not among the quarter's
  const newClients = new Set<string>(); // likewise, new before the quarter and not new in it
  const outcomes = new Map<string, Set<string>>(); // likewise, by outcome
  for (const r of records) {
    if (r.subContractId !== subContractId || (r.type !== 'contact' && r.type !== 'outcome')) continue;
    // LocalDate strings order as dates.
    if (r.date < from || r.date >= quarterStart) continue;
    const inQuarter = quarter.clients.get(r.clientRef);
    if (inQuarter === undefined) clients.add(r.clientRef);
    if (r.type === 'contact') {
      if (r.isNew && inQuarter?.isNew !== true) newClients.add(r.clientRef);
      continue;
    }
    if (quarter.outcomes.get(r.indicatorId)?.has(r.clientRef)) continue;
    let refs = outcomes.get(r.indicatorId);
    if (refs === undefined) outcomes.set(r.indicatorId, (refs = new Set()));
    refs.add(r.clientRef);
  }
  const outcomeCounts = new Map<string, { size: number }>();
  for (const [id, refs] of quarter.outcomes) outcomeCounts.set(id, { size: refs.size });
  for (const [id, refs] of outcomes) outcomeCounts.set(id, { size: (quarter.outcomes.get(id)?.size ?? 0) + refs.size });
  return { clients: { size: quarter.clients.size + clients.size }, newClients: quarter.newClients + newClients.size, outcomes: outcomeCounts };
}
