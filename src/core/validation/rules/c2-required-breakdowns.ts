import type { Finding } from '../../schemas';
import { describeCategory, lowerFirst, nameOf, whatToEnter } from '../messages';
import { breakdownPath } from '../paths';
import { allCategoriesGiven, breakdownsApply, isNil, missingCategories } from '../required';
import type { RuleInput } from '../ruleInput';

/**
 * C2: every required breakdown is filled — every category of the set has a figure (0 included).
 * A wholly blank breakdown is one finding; a partly filled one names each blank category.
 */
export function c2RequiredBreakdowns(input: RuleInput): Finding[] {
  if (isNil(input.ret)) return [];
  const findings: Finding[] = [];
  for (const ti of input.template.indicators) {
    const figure = input.figures.get(ti.indicatorId);
    if (!breakdownsApply(ti, figure)) continue;
    for (const setId of ti.requiredBreakdowns) {
      const set = input.categorySets.get(setId);
      if (set === undefined) continue;
      const breakdown = figure?.breakdowns[setId];
      if (allCategoriesGiven(set, breakdown)) continue;
      const missing = missingCategories(set, breakdown);
      const indicator = input.indicators.get(ti.indicatorId);
      if (missing.length === set.categories.length) {
        findings.push({
          ruleId: 'C2',
          severity: 'error',
          path: breakdownPath(ti.indicatorId, setId),
          message: `Enter the ${nameOf(indicator, ti.indicatorId)} by ${lowerFirst(set.name)} — enter 0 for any with none`,
          expected: set.categories.map((c) => c.id),
          actual: null,
        });
        continue;
      }
      for (const categoryId of missing) {
        findings.push({
          ruleId: 'C2',
          severity: 'error',
          path: breakdownPath(ti.indicatorId, setId, categoryId),
          message: `Enter ${whatToEnter(indicator, ti.indicatorId)} for ${describeCategory(set, categoryId)} — enter 0 if there were none`,
          expected: 'a figure',
          actual: null,
        });
      }
    }
  }
  return findings;
}
