import type { DeadlinePolicy, PrimeContract } from '../../../core/schemas';
import type { Extension } from '../../../core/time';
import { type ClockSkew, type ReceiptEvidence, type ReturnStatus, extensionInForce as extensionInForceOf, returnStatus } from '../../../core/timeliness';
import type { ExtensionRow } from '../../db/queries/extensions';
import type { ReturnRow, TimelinessSnapshot } from '../../db/queries/returns';
import { extensionDecision } from './member-return-changes';

/** The extension in force for a return: the latest one granted (the same rule as the app's). */
export function extensionInForce(extensions: readonly ExtensionRow[]): Extension | undefined {
  return extensionInForceOf(extensions.map(extensionDecision));
}

/** What the hub knows about when the first complete version was sealed and received (T2). */
export function evidenceOf(row: ReturnRow | undefined): ReceiptEvidence {
  if (!row?.firstCompleteReceivedAt) return {};
  return {
    firstCompleteReceivedAt: row.firstCompleteReceivedAt.toISOString(),
    ...(row.sealedAtDevice ? { sealedAt: row.sealedAtDevice.toISOString() } : {}),
    ...(row.skewMs !== null && row.skewMeasuredAt
      ? { clockSkew: { skewMs: row.skewMs, measuredAt: row.skewMeasuredAt.toISOString() } }
      : {}),
  };
}

/** T3 (with T2 once a complete version arrived) for one return at `now`. */
export function timelinessOf(
  input: { quarter: string; primeContract: PrimeContract; row: ReturnRow | undefined; extensions: readonly ExtensionRow[] },
  now: Date,
): ReturnStatus {
  const policy: DeadlinePolicy = input.primeContract.deadlinePolicy;
  return returnStatus(
    { quarter: input.quarter, extension: extensionInForce(input.extensions), evidence: evidenceOf(input.row) },
    now.toISOString(),
    policy,
  );
}

export function snapshotOf(status: ReturnStatus): TimelinessSnapshot {
  return { status: status.status, label: status.label, dueDate: status.due.dueDate };
}

/**
 * The device clock skew the hub trusts for a seal made offline (T2): the skew measured at the
 * device's last sync before this push, and the one this push shows. A clock that was out at
 * either end of the offline spell cannot vouch for the seal, so the larger of the two counts.
 * With no earlier sync, this push's measurement is all the hub knows.
 */
export function skewForSeal(previous: ClockSkew | undefined, current: ClockSkew): ClockSkew {
  if (!previous) return current;
  return Math.abs(previous.skewMs) >= Math.abs(current.skewMs) ? previous : current;
}
