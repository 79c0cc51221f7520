import type { Finding } from '../../schemas';
import { whatToEnter } from '../messages';
import { valuePath } from '../paths';
import { hasValue, isNil } from '../required';
import type { RuleInput } from '../ruleInput';

/** C1: every required indicator has a value. Blank is not zero. A nil return needs no figures. */
export function c1RequiredIndicators(input: RuleInput): Finding[] {
  if (isNil(input.ret)) return [];
  const findings: Finding[] = [];
  for (const ti of input.template.indicators) {
    if (!ti.required) continue;
    const value = input.figures.get(ti.indicatorId)?.value;
    if (hasValue(value)) continue;
    findings.push({
      ruleId: 'C1',
      severity: 'error',
      path: valuePath(ti.indicatorId),
      message: `Enter ${whatToEnter(input.indicators.get(ti.indicatorId), ti.indicatorId)} — enter 0 if there were none`,
      expected: 'a figure',
      actual: null,
    });
  }
  return findings;
}
