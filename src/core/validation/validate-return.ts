import { type Finding, ReturnVersion } from '../schemas';
import { type Completeness, completenessOf, completenessOfUnreadable } from './completeness';
import type { ValidationContext } from './context';
import { unexplainedWarnings } from './explained';
import { prepareRuleInput } from './ruleInput';
import { RULES } from './rules';
import { zodFindings } from './zodFindings';

export type ValidationResult = {
  findings: Finding[];
  completeness: Completeness;
  /** No errors and every warning explained. Infos never block. */
  canSeal: boolean;
  /** Warnings without an explanation in `return.explanations[findingKey(f)]`. */
  unexplained: Finding[];
};

/**
 * Validates a return against the Complete and Accurate rules of DESIGN §4. The return is untrusted
 * (anything from a form, a device or the wire): a malformed one never throws but comes back as A1
 * findings (C7 for the seal) with a completeness of 0. The context is trusted reference data.
 */
export function validateReturn(input: unknown, ctx: ValidationContext): ValidationResult {
  const parsed = ReturnVersion.safeParse(input);
  if (!parsed.success) {
    return {
      findings: zodFindings(parsed.error, input),
      completeness: completenessOfUnreadable(ctx.template, ctx.stage ?? 'seal-check'),
      canSeal: false,
      unexplained: [],
    };
  }
  const ruleInput = prepareRuleInput(parsed.data, ctx);
  const findings: Finding[] = [];
  for (const rule of RULES) for (const f of rule(ruleInput)) findings.push(f);
  const unexplained = unexplainedWarnings(parsed.data, findings);
  return {
    findings,
    completeness: completenessOf(ruleInput),
    canSeal: unexplained.length === 0 && !findings.some((f) => f.severity === 'error'),
    unexplained,
  };
}
