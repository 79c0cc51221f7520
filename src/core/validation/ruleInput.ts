import type {
  CategorySet,
  Finding,
  Indicator,
  ProfileVersion,
  ReportingTemplate,
  ReturnFigure,
  ReturnVersion,
  SubContract,
  TemplateIndicator,
  ValidationSettings,
} from '../schemas';
import type { ValidationContext, ValidationStage } from './context';
import { type HistoryValue, type ReturnHistory, categorySetIndex, historyFor, indicatorsById, targetsFor, templateIndicatorsById } from './contextIndex';
import type { OutlierSpread } from './outliers';
import { type RecordsAggregate, prepareRecordsAggregate } from './recordsAggregate';

export type { ReturnHistory } from './contextIndex';

/** What every rule receives: the parsed return and its context, indexed once. */
export type RuleInput = {
  ret: ReturnVersion;
  template: ReportingTemplate;
  templateIndicators: ReadonlyMap<string, TemplateIndicator>;
  indicators: ReadonlyMap<string, Indicator>;
  categorySets: ReadonlyMap<string, CategorySet>;
  /** The return's figures by indicator id (the first, if one is given twice: A1 reports the rest). */
  figures: ReadonlyMap<string, ReturnFigure>;
  subContract: SubContract;
  settings: ValidationSettings;
  profiles: readonly ProfileVersion[];
  stage: ValidationStage;
  /** The records' own figures, when records were given. */
  records: RecordsAggregate | null;
  /** Earlier quarters of this sub-contract, oldest first, newest version of each. */
  history: ReturnHistory;
  /** The returns of `history` in the return's financial year. */
  historyThisYear: ReturnHistory;
  /** How many quarters of its financial year the return's quarter closes (Q1 to the quarter). */
  quartersSoFar: number;
  /** Indicator id → its figures in `history`, oldest first (quarters without a figure left out). */
  historyValues: ReadonlyMap<string, readonly HistoryValue[]>;
  /** The median and spread of an indicator's figures in `history` (A6); null when they never varied. */
  outlierSpread: (indicatorId: string) => OutlierSpread | null;
  /** Category set id → its category ids. */
  categoryIds: ReadonlyMap<string, ReadonlySet<string>>;
  /** Indicator id → target for the return's quarter, from the profile in force then (C4). */
  targets: ReadonlyMap<string, number>;
};

export type Rule = (input: RuleInput) => Finding[];

/**
 * Indexes a parsed return and its context for the rules. What depends on the context alone is
 * computed once per context (contextIndex.ts); only the return's own figures are indexed per call.
 * Aggregates the records only when the caller gave records but no (matching) aggregate of them.
 */
export function prepareRuleInput(ret: ReturnVersion, ctx: ValidationContext): RuleInput {
  const figures = new Map<string, ReturnFigure>();
  for (const f of ret.figures) if (!figures.has(f.indicatorId)) figures.set(f.indicatorId, f);
  // An aggregate of another sub-contract or quarter would make A4 compare the wrong things: it is
  // set aside (and the records, if given, aggregated afresh).
  const given = ctx.recordsAggregate;
  let records: RecordsAggregate | null =
    given !== undefined && given.subContractId === ret.subContractId && given.quarter === ret.quarter ? given : null;
  if (records === null && ctx.records !== undefined) {
    records = prepareRecordsAggregate(ctx.records, { ...ctx, quarter: ret.quarter });
  }
  const history = historyFor(ctx.previousReturns, ret.subContractId, ret.quarter);
  const sets = categorySetIndex(ctx.categorySets);
  return {
    ret,
    template: ctx.template,
    templateIndicators: templateIndicatorsById(ctx.template.indicators),
    indicators: indicatorsById(ctx.indicators),
    categorySets: sets.byId,
    figures,
    subContract: ctx.subContract,
    settings: ctx.settings,
    profiles: ctx.profiles,
    stage: ctx.stage ?? 'seal-check',
    records,
    history: history.history,
    historyThisYear: history.thisYear,
    quartersSoFar: history.quartersSoFar,
    historyValues: history.values,
    outlierSpread: history.outlierSpread,
    categoryIds: sets.categoryIds,
    targets: targetsFor(ctx.profiles, ret.subContractId, ret.quarter),
  };
}
