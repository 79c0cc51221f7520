import type { CategorySet, Indicator, ReportingTemplate, ReturnFigure } from '../schemas';
import { type Breakdown, blankBreakdown, breakdownFromCounts, breakdownOfClients } from './breakdowns';
import type { ClientCounts } from './clientCounts';
import type { ReferenceIndex } from './referenceIndex';
import { type ClientSummary, type RecordSummary, knownCategories } from './summariseRecords';

type ClientSource = 'unique-clients' | 'new-clients' | 'outcome';

function* selectedClients(s: RecordSummary, source: ClientSource, refs: ReadonlySet<string> | undefined): Iterable<ClientSummary> {
  if (source !== 'outcome') {
    for (const c of s.clients.values()) if (source === 'unique-clients' || c.isNew) yield c;
    return;
  }
  if (refs === undefined) return;
  for (const ref of refs) {
    const c = s.clients.get(ref);
    if (c !== undefined) yield c;
  }
}

/**
 * A client-based figure broken down by one set: each client once, in the category of their latest
 * contact that gives one (see breakdownOfClients). The summary noted where that category stands in
 * its set (ClientSummary.at), so this is one pass over the clients counting into an array.
 */
function clientBreakdown(s: RecordSummary, set: CategorySet, source: ClientSource, refs: ReadonlySet<string> | undefined): Breakdown {
  const slot = s.setSlots.get(set.id);
  // The positions are those of the set the summary was built with; any other set is looked up by category.
  if (slot === undefined || s.sets[slot] !== set) return breakdownOfClients(set, slot, selectedClients(s, source, refs)).breakdown;
  const known = knownCategories(set);
  const counts = new Array<number>(known.size).fill(0);
  let total = 0;
  if (source === 'outcome') {
    for (const ref of refs ?? []) {
      const c = s.clients.get(ref);
      if (c === undefined) continue;
      total++;
      const i = c.at[slot];
      if (i !== undefined && i >= 0) counts[i]!++;
    }
  } else {
    const onlyNew = source === 'new-clients';
    for (const c of s.clients.values()) {
      if (onlyNew && !c.isNew) continue;
      total++;
      const i = c.at[slot];
      if (i !== undefined && i >= 0) counts[i]!++;
    }
  }
  const byCategory = new Map<string, number>();
  for (const [category, i] of known) if (counts[i] !== 0) byCategory.set(category, counts[i]!);
  return breakdownFromCounts(set, byCategory, total);
}

/** A record-derived figure's value for the summary's period; null for a manual indicator. */
export function figureValue(indicator: Indicator, s: RecordSummary): number | null {
  switch (indicator.source) {
    case 'unique-clients':
      return s.clients.size;
    case 'new-clients':
      return s.newClients;
    case 'outcome':
      return s.outcomes.get(indicator.id)?.size ?? 0;
    case 'sessions':
      return s.sessions;
    case 'interventions':
      return s.interventions;
    case 'volunteer-hours':
      return s.volunteerHours;
    case 'spend':
      return s.spendPence;
    case 'manual':
      return null;
  }
}

/**
 * The indicator's figure broken down by the set; null for a manual indicator (its breakdown is blank).
 * Client-based breakdowns are memoised per (what, set): several indicators may share a source.
 */
function breakdownOf(indicator: Indicator, set: CategorySet, s: RecordSummary, memo: Map<string, Breakdown>): Breakdown | null {
  switch (indicator.source) {
    case 'unique-clients':
    case 'new-clients':
    case 'outcome': {
      const what = indicator.source === 'outcome' ? `outcome:${indicator.id}` : indicator.source;
      const k = `${what}\u0000${set.id}`;
      let b = memo.get(k);
      if (b === undefined) memo.set(k, (b = clientBreakdown(s, set, indicator.source, s.outcomes.get(indicator.id))));
      return b;
    }
    case 'sessions':
      return breakdownFromCounts(set, s.sessionsBy.get(set.id), s.sessions);
    case 'interventions':
      return breakdownFromCounts(set, s.interventionsBy.get(set.id), s.interventions);
    // Hours break down by the record's role and spend by its budget line, when a set names them.
    case 'volunteer-hours':
      return breakdownFromCounts(set, s.hoursByRole, s.volunteerHours);
    case 'spend':
      return breakdownFromCounts(set, s.spendByLine, s.spendPence);
    case 'manual':
      return null;
  }
}

/** A unique-client figure over a longer period (distinct clients, never a sum); null for other sources. */
export function clientCount(indicator: Indicator, s: ClientCounts): number | null {
  switch (indicator.source) {
    case 'unique-clients':
      return s.clients.size;
    case 'new-clients':
      return s.newClients;
    case 'outcome':
      return s.outcomes.get(indicator.id)?.size ?? 0;
    default:
      return null;
  }
}

/**
 * One figure per template indicator, in template order. Record-derived indicators get value and
 * `derived` from the summary with every category set of the indicator broken down in full; manual
 * indicators get blanks. Given year-to-date client counts (countClients, or a summary of the
 * period), unique-client indicators also get `yearToDate`. Template indicators missing from the
 * catalogue are left out (validation reports them).
 */
export function figuresFromSummary(
  summary: RecordSummary,
  template: ReportingTemplate,
  ref: ReferenceIndex,
  yearToDate?: ClientCounts,
): ReturnFigure[] {
  const memo = new Map<string, Breakdown>();
  const figures: ReturnFigure[] = [];
  for (const ti of template.indicators) {
    const indicator = ref.indicators.get(ti.indicatorId);
    if (indicator === undefined) continue;
    const value = figureValue(indicator, summary);
    const breakdowns: ReturnFigure['breakdowns'] = {};
    for (const setId of indicator.breakdowns) {
      const set = ref.categorySets.get(setId);
      if (set === undefined) continue;
      const breakdown = breakdownOf(indicator, set, summary, memo);
      breakdowns[setId] = breakdown === null ? blankBreakdown(set) : { ...breakdown };
    }
    const figure = {
      indicatorId: indicator.id,
      value,
      breakdowns,
      derived: value,
      overrideReason: '',
      yearToDate: yearToDate === undefined ? null : clientCount(indicator, yearToDate),
    };
    figures.push(figure);
  }
  return figures;
}
