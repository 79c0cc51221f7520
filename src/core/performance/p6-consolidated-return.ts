import { type Indicator, type IndicatorKind, isUniqueClientIndicator, type ReturnState, type ReturnVersion, type SubContract } from '../schemas';
import type { QuarterId } from '../time';
import { isActiveInQuarter } from '../timeliness/reportingRates';
import { returnsByQuarter } from './returnsByQuarter';

export const CANNOT_BE_SUMMED =
  'Cannot be summed: clients may use more than one member. The members’ figures are shown; their sum is only an upper bound.';

export type MemberFigure = {
  memberId: string;
  subContractId: string;
  returnId: string;
  /** A nil return: no activity this quarter, so 0. */
  nil: boolean;
  value: number | null;
  yearToDate: number | null;
  breakdowns: Record<string, Record<string, number | null>>;
};

export type ConsolidatedFigure = {
  indicatorId: string;
  name: string;
  kind: IndicatorKind;
  /** False for unique-client indicators (unique clients, new clients, outcomes). */
  summable: boolean;
  /** The members' figures added up; null when not summable or when no member gave one. */
  value: number | null;
  /** Unique-client indicators only: the sum of members' figures, which may count a client twice. */
  upperBound: number | null;
  note: string | null;
  /** Summable indicators only: category by category, the members' breakdowns added up. */
  breakdowns: Record<string, Record<string, number>>;
  members: MemberFigure[];
  /** Sub-contracts whose return leaves this figure blank. */
  membersWithoutFigure: string[];
};

export type ConsolidatedReturn = {
  primeContractId: string;
  quarter: QuarterId;
  figures: ConsolidatedFigure[];
  /** Sub-contracts whose return is included. */
  included: string[];
  /** Active sub-contracts with no return in an included state: the consolidation is incomplete. */
  missing: string[];
};

export type ConsolidationInput = {
  primeContractId: string;
  quarter: QuarterId;
  subContracts: readonly SubContract[];
  indicators: readonly Indicator[];
  returns: readonly ReturnVersion[];
  /** Which returns count; default accepted and locked (what the hub stands behind). */
  states?: readonly ReturnState[];
};

const DEFAULT_STATES: readonly ReturnState[] = ['accepted', 'locked'];

function addBreakdowns(into: Record<string, Record<string, number>>, from: MemberFigure['breakdowns']): void {
  for (const [setId, categories] of Object.entries(from)) {
    const target = (into[setId] ??= {});
    for (const [categoryId, n] of Object.entries(categories)) if (n !== null) target[categoryId] = (target[categoryId] ?? 0) + n;
  }
}

/**
 * P6 consolidated return for a prime contract and quarter: each indicator's figure and breakdowns
 * added up across the members' returns (the newest version of each, in an included state).
 * Unique-client indicators are not added up — a client may use more than one member — so they
 * carry each member's figure, the sum as an upper bound, and the CANNOT_BE_SUMMED note.
 * Money is added in whole pence, exactly. Indicators come in catalogue order.
 */
export function p6ConsolidatedReturn(input: ConsolidationInput): ConsolidatedReturn {
  const states = new Set(input.states ?? DEFAULT_STATES);
  const active = input.subContracts.filter((s) => s.primeContractId === input.primeContractId && isActiveInQuarter(s, input.quarter));
  const chosen: ReturnVersion[] = [];
  const missing: string[] = [];
  for (const sc of active) {
    const ret = returnsByQuarter(input.returns.filter((r) => states.has(r.state)), sc.id).get(input.quarter);
    if (ret === undefined) missing.push(sc.id);
    else chosen.push(ret);
  }
  const figures: ConsolidatedFigure[] = [];
  for (const indicator of input.indicators) {
    const members: MemberFigure[] = [];
    const membersWithoutFigure: string[] = [];
    for (const ret of chosen) {
      if (ret.nil !== null) continue;
      const f = ret.figures.find((x) => x.indicatorId === indicator.id);
      if (f === undefined) continue; // not in this member's template
      if (f.value === null) membersWithoutFigure.push(ret.subContractId);
      members.push({ memberId: ret.memberId, subContractId: ret.subContractId, returnId: ret.id, nil: false, value: f.value, yearToDate: f.yearToDate ?? null, breakdowns: f.breakdowns });
    }
    if (members.length === 0) continue;
    // A nil return says "no activity": 0 for every figure the other members report.
    for (const ret of chosen) {
      if (ret.nil !== null) members.push({ memberId: ret.memberId, subContractId: ret.subContractId, returnId: ret.id, nil: true, value: 0, yearToDate: null, breakdowns: {} });
    }
    const given = members.filter((m) => m.value !== null);
    const sum = given.length === 0 ? null : given.reduce((n, m) => n + m.value!, 0);
    const summable = !isUniqueClientIndicator(indicator);
    const breakdowns: Record<string, Record<string, number>> = {};
    if (summable) for (const m of members) addBreakdowns(breakdowns, m.breakdowns);
    figures.push({
      indicatorId: indicator.id,
      name: indicator.name,
      kind: indicator.kind,
      summable,
      value: summable ? sum : null,
      upperBound: summable ? null : sum,
      note: summable ? null : CANNOT_BE_SUMMED,
      breakdowns,
      members,
      membersWithoutFigure,
    });
  }
  return { primeContractId: input.primeContractId, quarter: input.quarter, figures, included: chosen.map((r) => r.subContractId), missing };
}
