import type { ReturnState } from '../../../core/schemas';
import type { FindingsRow } from '../../db/queries/return-findings';
import { STATE_WORDS, UNDER_REVIEW } from './state-machine';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Why hub staff may not accept the return now, in plain English; empty when they may. Errors
 * must be gone and every warning explained by the member — the same bar as sealing.
 */
export function acceptBlockers(state: ReturnState | null, findings: FindingsRow | undefined): string[] {
  if (state === null) return ['The hub has not received this return yet.'];
  if (!UNDER_REVIEW.includes(state)) return [`The return is ${STATE_WORDS[state]}.`];
  const out: string[] = [];
  if (!findings) return ['The hub has not checked this version yet.'];
  const errors = findings.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    out.push(`${plural(errors.length, 'error remains', 'errors remain')}, for example: ${errors[0]!.message}. Query the member so they can fix it and resubmit.`);
  }
  if (findings.unexplained > 0) {
    out.push(`${plural(findings.unexplained, 'warning has', 'warnings have')} no explanation from the member. Query the member for one.`);
  }
  return out;
}
