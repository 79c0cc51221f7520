import type { CategorySet, Indicator, RecordData, ReportingTemplate, ReturnFigure } from '../schemas';
import type { QuarterId } from '../time';
import { clientCountsSince } from './clientCounts';
import { figuresFromSummary } from './figuresFromSummary';
import { type Period, quarterPeriod, yearToDatePeriod } from './period';
import { indexReference } from './referenceIndex';
import { summariseRecords } from './summariseRecords';

export type AggregateInput = {
  /** Parsed records (callers parse at the boundary); other sub-contracts' records are skipped. */
  records: readonly RecordData[];
  template: ReportingTemplate;
  indicators: readonly Indicator[];
  categorySets: readonly CategorySet[];
  subContractId: string;
  quarter: QuarterId;
};

function aggregateOver(input: AggregateInput, period: Period, withYearToDate: boolean): ReturnFigure[] {
  const ref = indexReference(input.indicators, input.categorySets);
  const summary = summariseRecords(input.records, input.subContractId, period, ref.sets);
  // The year to date needs only client counts: the quarter's, plus a light pass over the records of
  // the year before the quarter (none at Q1).
  const ytd = withYearToDate ? clientCountsSince(summary, input.records, input.subContractId, yearToDatePeriod(input.quarter).from, period.from) : undefined;
  return figuresFromSummary(summary, input.template, ref, ytd);
}

/**
 * A return's figures computed from the records of one sub-contract dated in the quarter (spend
 * lines: those whose quarter is the quarter). Every breakdown has every category of its set, and
 * its categories always add up to the figure. Unique-client indicators (unique, new, outcome) also
 * get `yearToDate`: distinct clients from Q1 to the end of the quarter, from the same records — so
 * pass the financial year's records for it to be right. Other indicators' `yearToDate` is null
 * (their quarters simply add up).
 */
export function aggregateReturn(input: AggregateInput): ReturnFigure[] {
  return aggregateOver(input, quarterPeriod(input.quarter), true);
}

/**
 * The same figures for the quarter's financial year to date (Q1 to the quarter). Client figures are
 * distinct across the whole period — a client seen in Q1 and Q2 counts once — never a sum of quarters.
 */
export function aggregateYearToDate(input: AggregateInput): ReturnFigure[] {
  return aggregateOver(input, yearToDatePeriod(input.quarter), false);
}
