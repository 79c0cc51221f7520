import type { ExtensionDecision } from '../sync/return-changes';
import type { Extension } from '../time';

type Decided = Pick<ExtensionDecision, 'id' | 'subContractId' | 'quarter' | 'reason' | 'state' | 'decidedBy' | 'decidedAt' | 'decisionReason' | 'grantedDueDate'>;

/**
 * The extension in force for one return, from the hub's decisions on its requests: the one
 * granted last (a later grant replaces an earlier one). The app and the hub judge timeliness
 * (T3) with it, so both must pick the same one.
 */
export function extensionInForce(decisions: readonly Decided[]): Extension | undefined {
  let latest: (Decided & { decidedAt: string; grantedDueDate: string }) | undefined;
  for (const d of decisions) {
    if (d.state !== 'granted' || d.grantedDueDate === null || d.decidedAt === null) continue;
    if (!latest || Date.parse(d.decidedAt) >= Date.parse(latest.decidedAt)) latest = { ...d, decidedAt: d.decidedAt, grantedDueDate: d.grantedDueDate };
  }
  if (!latest) return undefined;
  return {
    id: latest.id,
    subContractId: latest.subContractId,
    quarter: latest.quarter,
    newDueDate: latest.grantedDueDate,
    reason: latest.decisionReason ?? latest.reason,
    grantedBy: latest.decidedBy ?? 'hub',
    grantedAt: latest.decidedAt,
  };
}
