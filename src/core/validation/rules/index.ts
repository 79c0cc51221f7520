// The Complete (C) and Accurate (A) rules of DESIGN §4, one pure function each, in catalogue order.
import type { Rule } from '../ruleInput';
import { a1RecordRanges } from './a1-record-ranges';
import { a1TypesAndRanges } from './a1-types-and-ranges';
import { a2BreakdownSums } from './a2-breakdown-sums';
import { a3LogicalRelations } from './a3-logical-relations';
import { a4AgreementWithRecords } from './a4-agreement-with-records';
import { a5YearToDate } from './a5-year-to-date';
import { a6Outliers } from './a6-outliers';
import { a7Duplicates } from './a7-duplicates';
import { c1RequiredIndicators } from './c1-required-indicators';
import { c2RequiredBreakdowns } from './c2-required-breakdowns';
import { c3NilReturn } from './c3-nil-return';
import { c4ProfileTolerance } from './c4-profile-tolerance';
import { c5RequiredNarrative } from './c5-required-narrative';
import { c6RequiredFinance } from './c6-required-finance';
import { c7Sealed } from './c7-sealed';

export { a1RecordRanges, checkRecordRanges } from './a1-record-ranges';
export { a1TypesAndRanges, figureProblem } from './a1-types-and-ranges';
export { a2BreakdownSums } from './a2-breakdown-sums';
export { a3LogicalRelations } from './a3-logical-relations';
export { a4AgreementWithRecords } from './a4-agreement-with-records';
export { a5YearToDate } from './a5-year-to-date';
export { a6Outliers } from './a6-outliers';
export { isOutlier, outlierScore, outlierSpread, scoreAgainst, type OutlierScore, type OutlierSpread } from '../outliers';
export { a7Duplicates, findDuplicateRecords } from './a7-duplicates';
export { c1RequiredIndicators } from './c1-required-indicators';
export { c2RequiredBreakdowns } from './c2-required-breakdowns';
export { c3NilReturn } from './c3-nil-return';
export { c4ProfileTolerance } from './c4-profile-tolerance';
export { c5RequiredNarrative } from './c5-required-narrative';
export { c6RequiredFinance } from './c6-required-finance';
export { c7Sealed } from './c7-sealed';

export const RULES: readonly Rule[] = [
  c1RequiredIndicators,
  c2RequiredBreakdowns,
  c3NilReturn,
  c4ProfileTolerance,
  c5RequiredNarrative,
  c6RequiredFinance,
  c7Sealed,
  a1TypesAndRanges,
  a1RecordRanges,
  a2BreakdownSums,
  a3LogicalRelations,
  a4AgreementWithRecords,
  a5YearToDate,
  a6Outliers,
  a7Duplicates,
];
