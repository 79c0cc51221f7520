import type { Finding } from '../../schemas';
import { lowerFirst } from '../messages';
import { financePath } from '../paths';
import { financeGiven, isNil } from '../required';
import type { RuleInput } from '../ruleInput';

/** C6: every required finance line has an amount (0 included; blank is not zero). */
export function c6RequiredFinance(input: RuleInput): Finding[] {
  if (isNil(input.ret)) return [];
  const findings: Finding[] = [];
  for (const line of input.template.financeLines) {
    if (!line.required || financeGiven(input.ret.finance[line.id])) continue;
    findings.push({
      ruleId: 'C6',
      severity: 'error',
      path: financePath(line.id),
      message: `Enter the amount spent on ${lowerFirst(line.label)} — enter 0 if nothing was spent`,
      expected: 'an amount',
      actual: null,
    });
  }
  return findings;
}
