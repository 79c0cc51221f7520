import type { Finding, ReturnVersion } from '../../../core/schemas';
import { type Completeness, validateReturn } from '../../../core/validation';
import { assembleReturn, type InputErrors } from './assembleReturn';
import type { ReturnBasis } from './returnBasis';
import type { ReturnDraft } from './types';

/** The live check of a draft: the hub's own rules (validateReturn, stage 'seal-check') plus typing errors. */
export type ReturnCheck = {
  ret: ReturnVersion;
  inputErrors: InputErrors;
  /** Errors: text that is not a figure, then the rules' errors. They block sealing. */
  errors: Finding[];
  /** Warnings: each needs an explanation to seal. */
  warnings: Finding[];
  /** Notes that never block (a figure changed with a reason, …). */
  infos: Finding[];
  /** Warnings still without an explanation. */
  unexplained: Finding[];
  completeness: Completeness;
  /** No errors and every warning explained. */
  canSeal: boolean;
};

// Rules about a missing or inconsistent figure say nothing useful about one that could not be read.
const ABOUT_MISSING = new Set(['C1', 'C2', 'C5', 'C6', 'A2']);

export function checkReturn(draft: ReturnDraft, basis: ReturnBasis): ReturnCheck {
  const { ret, inputErrors } = assembleReturn(draft, basis);
  const result = validateReturn(ret, basis.context);
  const unreadable = Object.keys(inputErrors);
  const covered = (f: Finding) => ABOUT_MISSING.has(f.ruleId) && unreadable.some((p) => p === f.path || p.startsWith(`${f.path}.`) || f.path.startsWith(`${p}.`));
  const findings = result.findings.filter((f) => !covered(f));
  const typing: Finding[] = Object.entries(inputErrors).map(([path, message]) => ({ ruleId: 'A1', severity: 'error', path, message }));
  const errors = [...typing, ...findings.filter((f) => f.severity === 'error')];
  return {
    ret,
    inputErrors,
    errors,
    warnings: findings.filter((f) => f.severity === 'warning'),
    infos: findings.filter((f) => f.severity === 'info'),
    unexplained: result.unexplained.filter((f) => !covered(f)),
    completeness: result.completeness,
    canSeal: result.canSeal && typing.length === 0,
  };
}
