import type { Finding } from '../../schemas';
import { isSealed, sealRequired } from '../required';
import type { RuleInput } from '../ruleInput';

/**
 * C7: the return is sealed — declaration accepted and manager named. Before sealing on the device
 * (`seal-check`) there is nothing to report: sealing is the step being checked for. At the hub
 * (`received`) an unsealed return is an error. A malformed seal is reported when the return is
 * parsed (as C7, see zodFindings).
 */
export function c7Sealed(input: RuleInput): Finding[] {
  if (!sealRequired(input.stage) || isSealed(input.ret)) return [];
  return [
    {
      ruleId: 'C7',
      severity: 'error',
      path: 'seal',
      message: 'The return has not been sealed — a manager must accept the declaration and seal it',
      expected: 'sealed',
      actual: null,
    },
  ];
}
