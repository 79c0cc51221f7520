import type { Finding } from '../../schemas';
import { lowerFirst } from '../messages';
import { narrativePath } from '../paths';
import { isNil, narrativeMet } from '../required';
import type { RuleInput } from '../ruleInput';

/** C5: required narrative is present and at least the template's minimum length (trimmed). */
export function c5RequiredNarrative(input: RuleInput): Finding[] {
  if (isNil(input.ret)) return [];
  const findings: Finding[] = [];
  for (const item of input.template.narrative) {
    if (!item.required) continue;
    const text = input.ret.narrative[item.id];
    if (narrativeMet(item, text)) continue;
    const length = text?.trim().length ?? 0;
    findings.push({
      ruleId: 'C5',
      severity: 'error',
      path: narrativePath(item.id),
      message:
        length === 0
          ? `Enter the ${lowerFirst(item.label)}`
          : `The ${lowerFirst(item.label)} must be at least ${item.minLength} characters — it is ${length}; add more detail`,
      expected: { minLength: Math.max(1, item.minLength) },
      actual: length,
    });
  }
  return findings;
}
