import { type Finding, type ReturnVersion, findingKey } from '../schemas';
import { isBlank } from './required';

/** A warning is explained when the return holds a non-blank explanation under its key. */
export function isExplained(ret: Pick<ReturnVersion, 'explanations'>, finding: Finding): boolean {
  return !isBlank(ret.explanations[findingKey(finding)]);
}

/** Warnings still waiting for an explanation; they block sealing like errors do. */
export function unexplainedWarnings(ret: Pick<ReturnVersion, 'explanations'>, findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'warning' && !isExplained(ret, f));
}
