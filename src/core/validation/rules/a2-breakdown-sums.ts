import type { Finding } from '../../schemas';
import { formatFigure, lowerFirst, nameOf } from '../messages';
import { breakdownPath } from '../paths';
import { breakdownsApply, hasValue, missingCategories } from '../required';
import type { RuleInput } from '../ruleInput';

// Hours add in quarter-hour steps and money in pence, both exact in binary, but be generous to
// sums built elsewhere.
const EPSILON = 1e-9;

/**
 * A2: each breakdown's categories add up to its indicator's figure. Checked when the figure and
 * every category of the set are given. A breakdown left partly blank that C2 does not already
 * cover (it is not required) cannot be added up, so it is an error of its own.
 */
export function a2BreakdownSums(input: RuleInput): Finding[] {
  const findings: Finding[] = [];
  for (const f of input.ret.figures) {
    if (!hasValue(f.value)) continue;
    const indicator = input.indicators.get(f.indicatorId);
    const ti = input.templateIndicators.get(f.indicatorId);
    if (indicator === undefined || ti === undefined) continue; // A1 reports it
    for (const setId in f.breakdowns) {
      if (!indicator.breakdowns.includes(setId)) continue; // A1 reports it
      const set = input.categorySets.get(setId);
      if (set === undefined) continue;
      const breakdown = f.breakdowns[setId]!;
      // One pass counts the given categories and adds them up, in the set's order.
      let given = 0;
      let sum = 0;
      for (const c of set.categories) {
        const v = breakdown[c.id];
        if (!hasValue(v)) continue;
        given++;
        sum += v;
      }
      if (given === 0) continue; // not given at all
      if (given < set.categories.length) {
        const coveredByC2 = ti.requiredBreakdowns.includes(setId) && breakdownsApply(ti, f);
        if (!coveredByC2) {
          findings.push({
            ruleId: 'A2',
            severity: 'error',
            path: breakdownPath(f.indicatorId, setId),
            message: `Enter ${nameOf(indicator, f.indicatorId)} for every ${lowerFirst(set.name)} category (0 where there were none), or leave them all blank`,
            expected: set.categories.map((c) => c.id),
            actual: missingCategories(set, breakdown),
          });
        }
        continue;
      }
      if (Math.abs(sum - f.value) <= EPSILON) continue;
      const name = nameOf(indicator, f.indicatorId);
      findings.push({
        ruleId: 'A2',
        severity: 'error',
        path: breakdownPath(f.indicatorId, setId),
        message: `The ${lowerFirst(set.name)} figures add up to ${formatFigure(indicator.kind, sum)} but ${name} is ${formatFigure(indicator.kind, f.value)} — make them add up`,
        expected: f.value,
        actual: sum,
      });
    }
  }
  return findings;
}
