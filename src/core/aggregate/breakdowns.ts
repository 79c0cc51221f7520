import { type CategorySet, NOT_KNOWN } from '../schemas';
import type { ClientSummary } from './summariseRecords';

export type Breakdown = Record<string, number>;

/**
 * A breakdown with every category of the set present, in the set's order. Known categories come
 * from `counts`; "not known" takes the rest of `total`, so the categories always add up to it.
 */
export function breakdownFromCounts(set: CategorySet, counts: ReadonlyMap<string, number> | undefined, total: number): Breakdown {
  let known = 0;
  for (const c of set.categories) if (c.id !== NOT_KNOWN) known += counts?.get(c.id) ?? 0;
  const out: Breakdown = {};
  for (const c of set.categories) out[c.id] = c.id === NOT_KNOWN ? total - known : (counts?.get(c.id) ?? 0);
  return out;
}

/** Each client counted once, in the category from their latest contact that gives one for this set. */
export function breakdownOfClients(
  set: CategorySet,
  slot: number | undefined,
  clients: Iterable<ClientSummary>,
): { breakdown: Breakdown; total: number } {
  const counts = new Map<string, number>();
  let total = 0;
  for (const c of clients) {
    total++;
    const category = slot === undefined ? undefined : c.seen[slot]?.demographics[set.id];
    if (category !== undefined && category !== NOT_KNOWN) counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return { breakdown: breakdownFromCounts(set, counts, total), total };
}

/** Every category of the set with no figure yet: the shape of a manual indicator's breakdown. */
export function blankBreakdown(set: CategorySet): Record<string, null> {
  const out: Record<string, null> = {};
  for (const c of set.categories) out[c.id] = null;
  return out;
}
