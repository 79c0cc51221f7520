import type { PaidSource, PrimeContractPerformance } from '../../../../core/hub-api';
import { formatPence } from '../../../../core/performance/format';
import { day } from '../format';
import type { SubContractRow } from './words';

type ClawBackLine = NonNullable<SubContractRow['clawBack']>['lines'][number];

/** The Performance page for one quarter (the latest ended without one): where a recorded payment returns to. */
export function performanceHref(primeContractId: string, quarter: string | undefined): string {
  return `/hub/performance/${encodeURIComponent(primeContractId)}${quarter ? `?quarter=${encodeURIComponent(quarter)}` : ''}`;
}

/** "/hub/performance/:primeContractId/payments/:subContractId/:indicatorId?quarter=": record what was paid for one line. */
export function recordPaymentHref(primeContractId: string, subContractId: string, indicatorId: string, quarter: string): string {
  const [pc, sc, indicator] = [primeContractId, subContractId, indicatorId].map(encodeURIComponent);
  return `/hub/performance/${pc}/payments/${sc}/${indicator}?quarter=${encodeURIComponent(quarter)}`;
}

/**
 * Where P4's "paid" for a line came from, in words: the contract's rule, or what hub staff
 * recorded and why (so a reader can tell a real payment from the assumption).
 */
export function paidFrom(paid: PaidSource, paidPence: number): string {
  return paid.kind === 'profile'
    ? 'Paid on profile (the contract’s rule)'
    : `Paid ${formatPence(paidPence)}, recorded by ${paid.recordedBy} on ${day(paid.recordedAt)}: “${paid.reason}”`;
}

/** One payment-by-results line of one sub-contract, as the performance answer has it: assessed, or why not. */
export type PaymentLine =
  | { assessed: true; row: SubContractRow; indicatorId: string; name: string; line: ClawBackLine }
  | { assessed: false; row: SubContractRow; indicatorId: string; name: string; reason: string };

/** The line `indicatorId` of `subContractId` in the quarter's performance; null when it has no such line. */
export function findPaymentLine(performance: PrimeContractPerformance, subContractId: string, indicatorId: string): PaymentLine | null {
  const row = performance.subContracts.find((s) => s.subContractId === subContractId);
  if (!row?.clawBack) return null;
  const line = row.clawBack.lines.find((l) => l.indicatorId === indicatorId);
  if (line) return { assessed: true, row, indicatorId, name: line.name, line };
  const notAssessed = row.clawBack.notAssessed.find((n) => n.indicatorId === indicatorId);
  if (!notAssessed) return null;
  const name = row.indicators.find((i) => i.indicatorId === indicatorId)?.name ?? indicatorId;
  return { assessed: false, row, indicatorId, name, reason: notAssessed.reason };
}
