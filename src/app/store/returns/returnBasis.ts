import { aggregateReturn } from '../../../core/aggregate';
import type {
  CategorySet,
  Indicator,
  PrimeContract,
  QuarterId,
  RecordData,
  ReferenceData,
  ReportingTemplate,
  ReturnFigure,
  ReturnVersion,
  SubContract,
} from '../../../core/schemas';
import { financialYearOf, quarterEnd } from '../../../core/time';
import { prepareRecordsAggregate, type RecordsAggregate, type ValidationContext } from '../../../core/validation';

/**
 * Everything a return of one sub-contract and quarter is made and checked against on the device:
 * the member's set-up, the figures the records give (src/core aggregation), and the validation
 * context the hub will use too (stage 'seal-check', the device's records aggregate, earlier returns).
 */
export type ReturnBasis = {
  subContract: SubContract;
  primeContract: PrimeContract;
  template: ReportingTemplate;
  indicators: ReadonlyMap<string, Indicator>;
  categorySets: ReadonlyMap<string, CategorySet>;
  /** aggregateReturn of the records: one figure per template indicator (derived null for manual ones). */
  derived: ReadonlyMap<string, ReturnFigure>;
  /** Spend records of the quarter by budget line, in pence (lines with no spend record are absent). */
  spendByLine: ReadonlyMap<string, number>;
  aggregate: RecordsAggregate;
  context: ValidationContext;
};

/** Why a basis cannot be made: the device's set-up lacks the sub-contract or its template. */
export class ReturnSetUpError extends Error {
  override name = 'ReturnSetUpError';
}

/**
 * `records`: the device's records (deleted ones and other sub-contracts are skipped here).
 * `previousReturns`: the history (reference data) and the versions this device holds; the rules
 * use the newest version of each earlier quarter.
 */
export function returnBasis(
  reference: ReferenceData,
  subContractId: string,
  quarter: QuarterId,
  records: readonly (RecordData & { deleted?: 0 | 1 })[],
  previousReturns: readonly ReturnVersion[],
): ReturnBasis {
  const subContract = reference.subContracts.find((s) => s.id === subContractId);
  if (!subContract) throw new ReturnSetUpError(`This device has no sub-contract “${subContractId}”. Sync to get the latest set-up.`);
  const template = reference.templates.find((t) => t.id === subContract.templateId);
  const primeContract = reference.primeContracts.find((p) => p.id === subContract.primeContractId);
  if (!template || !primeContract) {
    throw new ReturnSetUpError(`The set-up of “${subContract.name}” is incomplete on this device. Sync to get the latest set-up.`);
  }
  // The financial year up to the quarter's end: enough for the quarter and its year to date (A5).
  const fy = financialYearOf(quarter);
  const end = quarterEnd(quarter);
  const own = records.filter(
    (r) => r.deleted !== 1 && r.subContractId === subContractId && (r.type === 'spend' ? financialYearOf(r.quarter) === fy && r.quarter <= quarter : r.date <= end),
  );
  const setUp = { template, indicators: reference.indicators, categorySets: reference.categorySets };
  const derived = aggregateReturn({ records: own, ...setUp, subContractId, quarter });
  const aggregate = prepareRecordsAggregate(own, { ...setUp, subContract, quarter });
  const spendByLine = new Map<string, number>();
  for (const r of own) {
    if (r.type === 'spend' && r.quarter === quarter) spendByLine.set(r.lineId, (spendByLine.get(r.lineId) ?? 0) + r.amountPence);
  }
  return {
    subContract,
    primeContract,
    template,
    indicators: new Map(reference.indicators.map((i) => [i.id, i])),
    categorySets: new Map(reference.categorySets.map((s) => [s.id, s])),
    derived: new Map(derived.map((f) => [f.indicatorId, f])),
    spendByLine,
    aggregate,
    context: {
      template,
      indicators: reference.indicators,
      categorySets: reference.categorySets,
      subContract,
      settings: primeContract.settings,
      profiles: reference.profiles.filter((p) => p.subContractId === subContractId),
      stage: 'seal-check',
      recordsAggregate: aggregate,
      previousReturns: previousReturns.filter((r) => r.subContractId === subContractId),
    },
  };
}
