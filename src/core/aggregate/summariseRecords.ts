import { type CategorySet, type ContactRecord, NOT_KNOWN, type RecordData } from '../schemas';
import type { Period } from './period';

export type ClientSummary = {
  hasContact: boolean;
  isNew: boolean;
  /**
   * By category set slot (RecordSummary.setSlots): the client's latest contact in the period that
   * gives a category of that set ("not known" included: a later "prefer not to say" is respected).
   */
  seen: (ContactRecord | undefined)[];
  /**
   * By slot, where the category of `seen` stands among the set's known categories (the order of
   * the set without "not known"; see `knownCategories`), or -1 for "not known": what the
   * client-based breakdowns count, without looking the category up again.
   */
  at: number[];
};

/**
 * Everything a return's figures need from one sub-contract's records in one period, built in a
 * single pass so that no figure rescans the records. Category counts hold only the known
 * categories of each set; "not known" is always the total minus those, so sums cannot drift.
 */
export type RecordSummary = {
  /** Records of the sub-contract in the period, of every type (C3). */
  recordCount: number;
  /** Clients supported: a contact OR an outcome recorded in the period (see aggregate/README.md). */
  clients: Map<string, ClientSummary>;
  clientsWithSession: number;
  newClients: number;
  sessions: number;
  interventions: number;
  /** Category set id → its slot in ClientSummary.seen. */
  setSlots: ReadonlyMap<string, number>;
  /** The category set of each slot. */
  sets: readonly CategorySet[];
  /** Category set id → category id → contacts (by each contact's own demographics). */
  sessionsBy: Map<string, Map<string, number>>;
  interventionsBy: Map<string, Map<string, number>>;
  /** Outcome indicator id → client refs achieving it. */
  outcomes: Map<string, Set<string>>;
  volunteerHours: number;
  hoursByRole: Map<string, number>;
  spendPence: number;
  spendByLine: Map<string, number>;
};

/** Per category set, counts kept in arrays by category index: the hot loop does no nested map work. */
type SetCounter = {
  id: string;
  index: Map<string, number>;
  sessions: Float64Array;
  interventions: Float64Array;
};

/** Each known category of the set (all but "not known") → its position, in the set's order. */
export function knownCategories(set: CategorySet): Map<string, number> {
  const index = new Map<string, number>();
  for (const c of set.categories) if (c.id !== NOT_KNOWN) index.set(c.id, index.size);
  return index;
}

function counters(sets: readonly CategorySet[]): SetCounter[] {
  return sets.map((set) => {
    const index = knownCategories(set);
    return { id: set.id, index, sessions: new Float64Array(index.size), interventions: new Float64Array(index.size) };
  });
}

function countsOf(counter: SetCounter, counts: Float64Array): Map<string, number> {
  const out = new Map<string, number>();
  for (const [category, i] of counter.index) if (counts[i]! !== 0) out.set(category, counts[i]!);
  return out;
}

function add(map: Map<string, number>, key: string, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

function newClient(slots: number): ClientSummary {
  return { hasContact: false, isNew: false, seen: new Array(slots), at: new Array(slots) };
}

// Later date wins; on the same day the later-created record, then the greater id, so the result
// never depends on the order records arrive in.
function isLater(r: ContactRecord, than: ContactRecord): boolean {
  if (r.date !== than.date) return r.date > than.date;
  if (r.createdAt !== than.createdAt) return r.createdAt > than.createdAt;
  return r.id > than.id;
}

/**
 * Summarises the records of one sub-contract in a period. Records must already be parsed
 * (RecordData); records of other sub-contracts or outside the period are skipped. Demographic
 * categories a set does not have are treated as not given.
 */
export function summariseRecords(
  records: readonly RecordData[],
  subContractId: string,
  period: Period,
  categorySets: readonly CategorySet[],
): RecordSummary {
  const sets = counters(categorySets);
  const clients = new Map<string, ClientSummary>();
  const outcomes = new Map<string, Set<string>>();
  const hoursByRole = new Map<string, number>();
  const spendByLine = new Map<string, number>();
  let recordCount = 0;
  let clientsWithSession = 0;
  let newClients = 0;
  let sessions = 0;
  let interventions = 0;
  let volunteerHours = 0;
  let spendPence = 0;
  const { from, to } = period;
  const quarters = new Set(period.quarters);
  const slots = sets.length;

  for (const r of records) {
    if (r.subContractId !== subContractId) continue;
    if (r.type === 'spend') {
      if (!quarters.has(r.quarter)) continue;
      recordCount++;
      spendPence += r.amountPence;
      add(spendByLine, r.lineId, r.amountPence);
      continue;
    }
    // LocalDate strings order as dates.
    if (r.date < from || r.date > to) continue;
    recordCount++;
    if (r.type === 'volunteer-hours') {
      volunteerHours += r.hours;
      add(hoursByRole, r.roleId, r.hours);
    } else if (r.type === 'outcome') {
      if (!clients.has(r.clientRef)) clients.set(r.clientRef, newClient(slots));
      let refs = outcomes.get(r.indicatorId);
      if (refs === undefined) outcomes.set(r.indicatorId, (refs = new Set()));
      refs.add(r.clientRef);
    } else {
      sessions++;
      interventions += r.interventions;
      let c = clients.get(r.clientRef);
      if (c === undefined) clients.set(r.clientRef, (c = newClient(slots)));
      if (!c.hasContact) {
        c.hasContact = true;
        clientsWithSession++;
      }
      if (r.isNew && !c.isNew) {
        c.isNew = true;
        newClients++;
      }
      const demographics = r.demographics;
      for (let slot = 0; slot < sets.length; slot++) {
        const set = sets[slot]!;
        const category = demographics[set.id];
        if (category === undefined) continue;
        const i = set.index.get(category);
        if (i !== undefined) {
          set.sessions[i]!++;
          set.interventions[i]! += r.interventions;
        } else if (category !== NOT_KNOWN) {
          continue; // a category the set does not have says nothing about the client
        }
        const prev = c.seen[slot];
        if (prev === undefined || isLater(r, prev)) {
          c.seen[slot] = r;
          c.at[slot] = i ?? -1;
        }
      }
    }
  }

  return {
    recordCount,
    clients,
    clientsWithSession,
    newClients,
    sessions,
    interventions,
    setSlots: new Map(sets.map((s, slot) => [s.id, slot])),
    sets: categorySets,
    sessionsBy: new Map(sets.map((s) => [s.id, countsOf(s, s.sessions)])),
    interventionsBy: new Map(sets.map((s) => [s.id, countsOf(s, s.interventions)])),
    outcomes,
    volunteerHours,
    hoursByRole,
    spendPence,
    spendByLine,
  };
}
