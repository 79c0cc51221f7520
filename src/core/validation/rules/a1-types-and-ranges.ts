import { type CategorySet, type FinanceLine, type Finding, type Indicator, type IndicatorKind, type NarrativeItem, isUniqueClientIndicator } from '../../schemas';
import { memoOnArray } from '../identityCache';
import { describeCategory, nameOf, upperFirst } from '../messages';
import { breakdownPath, figurePath, financePath, narrativePath, valuePath, yearToDatePath } from '../paths';
import { reportedYearToDate } from '../required';
import type { RuleInput } from '../ruleInput';

/** What is wrong with a figure for its kind, as the end of a sentence; null when it is fine. */
export function figureProblem(kind: IndicatorKind, value: number): string | null {
  if (!Number.isFinite(value)) return 'must be a number';
  if (value < 0) return 'cannot be negative — enter 0 or more';
  if (kind === 'count' && !Number.isInteger(value)) return 'must be a whole number, like 12';
  if (kind === 'hours' && !Number.isInteger(value * 4)) return 'must be in quarter-hour steps, like 1.25 or 2.5';
  if (kind === 'money' && !Number.isInteger(value)) return 'must be in whole pence (pounds and pence, like 12.50)';
  return null;
}

// The template's narrative and finance line ids, once per template rather than per call.
const narrativeIdsOf = memoOnArray((items: readonly NarrativeItem[]): ReadonlySet<string> => new Set(items.map((n) => n.id)));
const financeLineIdsOf = memoOnArray((lines: readonly FinanceLine[]): ReadonlySet<string> => new Set(lines.map((l) => l.id)));

function error(path: string, message: string, expected: unknown, actual: unknown): Finding {
  return { ruleId: 'A1', severity: 'error', path, message, expected, actual };
}

function checkBreakdowns(input: RuleInput, indicator: Indicator, breakdowns: Record<string, Record<string, number | null>>, out: Finding[]): void {
  // The indicator's name is put into words only for a finding: this runs for every figure.
  for (const setId in breakdowns) {
    const set: CategorySet | undefined = indicator.breakdowns.includes(setId) ? input.categorySets.get(setId) : undefined;
    if (set === undefined) {
      out.push(error(breakdownPath(indicator.id, setId), `${upperFirst(nameOf(indicator, indicator.id))} is not broken down by “${setId}” — remove that breakdown`, indicator.breakdowns, setId));
      continue;
    }
    const categories = breakdowns[setId]!;
    const categoryIds = input.categoryIds.get(setId);
    for (const categoryId in categories) {
      if (!categoryIds?.has(categoryId)) {
        out.push(error(breakdownPath(indicator.id, setId, categoryId), `“${categoryId}” is not a category of ${set.name.toLowerCase()} — remove it`, set.categories.map((c) => c.id), categoryId));
        continue;
      }
      const v = categories[categoryId];
      if (v === null || v === undefined) continue;
      const problem = figureProblem(indicator.kind, v);
      if (problem !== null) out.push(error(breakdownPath(indicator.id, setId, categoryId), `${upperFirst(nameOf(indicator, indicator.id))} for ${describeCategory(set, categoryId)} ${problem}`, indicator.kind, v));
    }
  }
}

/**
 * A1 on the return: counts are non-negative whole numbers, hours non-negative in quarter-hour steps,
 * money whole pence and not negative — for each figure, each breakdown category and each year to
 * date (which only unique-client indicators have). Figures, breakdowns, categories, narrative and
 * finance lines the template does not have are errors too, as is a return for another
 * sub-contract or member.
 */
export function a1TypesAndRanges(input: RuleInput): Finding[] {
  const { ret, subContract } = input;
  const out: Finding[] = [];
  if (ret.subContractId !== subContract.id) {
    out.push(error('subContractId', `This return is for sub-contract “${ret.subContractId}”, not “${subContract.id}” — open the right return`, subContract.id, ret.subContractId));
  }
  if (ret.memberId !== subContract.memberId) {
    out.push(error('memberId', `This return is for member “${ret.memberId}”, but the sub-contract belongs to “${subContract.memberId}”`, subContract.memberId, ret.memberId));
  }
  const seen = new Set<string>();
  for (const f of ret.figures) {
    const id = f.indicatorId;
    if (seen.has(id)) {
      out.push(error(figurePath(id), `There is more than one figure for “${id}” — keep only one`, 1, 'more than 1'));
      continue;
    }
    seen.add(id);
    const indicator = input.indicators.get(id);
    if (indicator === undefined || !input.templateIndicators.has(id)) {
      const why = indicator === undefined ? 'is not an indicator this consortium uses' : 'is not part of this return';
      out.push(error(figurePath(id), `“${indicator?.name ?? id}” ${why} — remove it`, [...input.templateIndicators.keys()], id));
      continue;
    }
    if (f.value !== null) {
      const problem = figureProblem(indicator.kind, f.value);
      if (problem !== null) out.push(error(valuePath(id), `${upperFirst(nameOf(indicator, id))} ${problem}`, indicator.kind, f.value));
    }
    const ytd = reportedYearToDate(f);
    if (ytd !== null) {
      if (!isUniqueClientIndicator(indicator)) {
        out.push(error(yearToDatePath(id), `${upperFirst(nameOf(indicator, id))} adds up over the quarters, so it has no year-to-date figure of its own — remove it`, null, ytd));
      } else {
        const problem = figureProblem(indicator.kind, ytd);
        if (problem !== null) out.push(error(yearToDatePath(id), `${upperFirst(nameOf(indicator, id))} so far this year ${problem}`, indicator.kind, ytd));
      }
    }
    checkBreakdowns(input, indicator, f.breakdowns, out);
  }
  const narrativeIds = narrativeIdsOf(input.template.narrative);
  for (const id in ret.narrative) {
    if (!narrativeIds.has(id)) out.push(error(narrativePath(id), `“${id}” is not a question in this return — remove it`, [...narrativeIds], id));
  }
  const lineIds = financeLineIdsOf(input.template.financeLines);
  for (const id in ret.finance) {
    if (!lineIds.has(id)) out.push(error(financePath(id), `“${id}” is not a finance line of this return — remove it`, [...lineIds], id));
  }
  return out;
}
