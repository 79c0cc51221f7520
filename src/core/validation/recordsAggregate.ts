import { figureValue, figuresFromSummary } from '../aggregate/figuresFromSummary';
import { quarterPeriod, samePeriod, yearToDatePeriod } from '../aggregate/period';
import { indexReference } from '../aggregate/referenceIndex';
import { summariseRecords } from '../aggregate/summariseRecords';
import type { CategorySet, Finding, Indicator, RecordData, ReportingTemplate, ReturnFigure, SubContract } from '../schemas';
import type { QuarterId } from '../time';
import { checkRecordRanges } from './rules/a1-record-ranges';
import { findDuplicateRecords } from './rules/a7-duplicates';

/**
 * What the records say about one sub-contract's quarter, computed once (the expensive part) so that
 * validateReturn can run on every keystroke and at the hub without re-aggregating.
 */
export type RecordsAggregate = {
  subContractId: string;
  quarter: QuarterId;
  /** Records of the sub-contract in the quarter, of every type (C3). */
  recordCount: number;
  /** Distinct clients with a contact in the quarter (A3: sessions ≥ clients with a session). */
  clientsWithSession: number;
  /** The quarter's figures from the records, by indicator id (A4). */
  figures: ReadonlyMap<string, ReturnFigure>;
  /** Financial year to date, by indicator id (A5). */
  yearToDate: ReadonlyMap<string, number>;
  /** A1 on the records: hours per volunteer per day, dates inside the sub-contract. */
  rangeFindings: readonly Finding[];
  /** A7: the same contact or volunteer hours entered twice. */
  duplicateFindings: readonly Finding[];
};

const NO_SETS: readonly CategorySet[] = [];

export type RecordsAggregateInput = {
  template: ReportingTemplate;
  indicators: readonly Indicator[];
  categorySets: readonly CategorySet[];
  subContract: SubContract;
  quarter: QuarterId;
};

export function prepareRecordsAggregate(records: readonly RecordData[], input: RecordsAggregateInput): RecordsAggregate {
  const { subContract, quarter } = input;
  const ref = indexReference(input.indicators, input.categorySets);
  const period = quarterPeriod(quarter);
  const summary = summariseRecords(records, subContract.id, period, ref.sets);
  const figures = figuresFromSummary(summary, input.template, ref);
  // Year-to-date values need no breakdowns: no category sets, and no second pass at Q1.
  const ytdPeriod = yearToDatePeriod(quarter);
  const ytd = samePeriod(ytdPeriod, period) ? summary : summariseRecords(records, subContract.id, ytdPeriod, NO_SETS);
  const yearToDate = new Map<string, number>();
  for (const ti of input.template.indicators) {
    const indicator = ref.indicators.get(ti.indicatorId);
    const value = indicator === undefined ? null : figureValue(indicator, ytd);
    if (value !== null) yearToDate.set(ti.indicatorId, value);
  }
  return {
    subContractId: subContract.id,
    quarter,
    recordCount: summary.recordCount,
    clientsWithSession: summary.clientsWithSession,
    figures: new Map(figures.filter((f) => f.derived !== null).map((f) => [f.indicatorId, f])),
    yearToDate,
    rangeFindings: checkRecordRanges(records, subContract, quarter),
    duplicateFindings: findDuplicateRecords(records, subContract.id, quarter),
  };
}
