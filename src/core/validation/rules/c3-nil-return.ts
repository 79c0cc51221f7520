import type { Finding } from '../../schemas';
import { formatFigure, nameOf } from '../messages';
import { valuePath } from '../paths';
import { isBlank } from '../required';
import type { RuleInput } from '../ruleInput';

/**
 * C3: a nil return ("no activity this quarter") is explicit and gives a reason. It is an error
 * when records exist for the quarter, or when the return also carries figures above 0.
 */
export function c3NilReturn(input: RuleInput): Finding[] {
  const { ret } = input;
  if (ret.nil === null) return [];
  const findings: Finding[] = [];
  if (isBlank(ret.nil.reason)) {
    findings.push({
      ruleId: 'C3',
      severity: 'error',
      path: 'nil.reason',
      message: 'Enter the reason there was no activity this quarter',
      expected: 'a reason',
      actual: '',
    });
  }
  const recordCount = input.records?.recordCount ?? 0;
  if (recordCount > 0) {
    findings.push({
      ruleId: 'C3',
      severity: 'error',
      path: 'nil',
      message: `There ${recordCount === 1 ? 'is 1 record' : `are ${recordCount} records`} for this quarter, so this cannot be a nil return — report the activity instead`,
      expected: 0,
      actual: recordCount,
    });
  }
  for (const f of ret.figures) {
    if (f.value === null || f.value === 0) continue;
    const indicator = input.indicators.get(f.indicatorId);
    findings.push({
      ruleId: 'C3',
      severity: 'error',
      path: valuePath(f.indicatorId),
      message: `A nil return cannot report ${nameOf(indicator, f.indicatorId)} (${formatFigure(indicator?.kind, f.value)}) — remove the figure, or make this a return with activity`,
      expected: 0,
      actual: f.value,
    });
  }
  return findings;
}
