import type { Finding } from '../../schemas';
import { formatFigure, nameOf, upperFirst } from '../messages';
import { valuePath } from '../paths';
import { hasValue, isNil } from '../required';
import type { RuleInput } from '../ruleInput';

/** How far a figure is from its target, as a % (rounded for people to read). */
function percentAway(value: number, target: number): number {
  return Math.round((Math.abs(value - target) / target) * 10000) / 100;
}

/**
 * C4: a figure more than the tolerance (default ±10%) from its profile target, in the profile in
 * force for the quarter (targetFor), is a warning that needs an explanation. Exactly at the tolerance is fine.
 * Compared as |value − target| × 100 > tolerance × target, so 110 against 100 is exactly 10% with
 * no floating-point drift. A target of 0 makes any figure above 0 a warning.
 */
export function c4ProfileTolerance(input: RuleInput): Finding[] {
  const { ret } = input;
  if (isNil(ret)) return [];
  const tolerance = input.settings.profileTolerancePercent;
  const findings: Finding[] = [];
  for (const ti of input.template.indicators) {
    const value = input.figures.get(ti.indicatorId)?.value;
    if (!hasValue(value)) continue;
    const target = input.targets.get(ti.indicatorId);
    if (target === undefined) continue;
    if (Math.abs(value - target) * 100 <= tolerance * target) continue;
    const indicator = input.indicators.get(ti.indicatorId);
    const kind = indicator?.kind;
    const direction = value > target ? 'above' : 'below';
    const how = target === 0 ? `against a profile of 0` : `${percentAway(value, target)}% ${direction} the profile of ${formatFigure(kind, target)}`;
    findings.push({
      ruleId: 'C4',
      severity: 'warning',
      path: valuePath(ti.indicatorId),
      message: `${upperFirst(nameOf(indicator, ti.indicatorId))} is ${formatFigure(kind, value)}, ${how} — explain the difference`,
      expected: { target, tolerancePercent: tolerance },
      actual: value,
    });
  }
  return findings;
}
