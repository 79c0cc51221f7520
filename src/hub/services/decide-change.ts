import type { Finding } from '../../core/schemas';
import type { ChangeResult, HubCopy, RecordChange } from '../../core/sync';
import type { ChangeOutcome } from '../db/queries/change-outcomes';
import type { StoredRecord } from '../db/queries/records';
import type { MemberScope } from '../db/queries/reference-items';
import { scopeFindings } from './scope-findings';

export interface DecideContext {
  memberId: string;
  deviceId: string;
  scope: MemberScope;
  /** The hub's outcome of each change id it has decided before (this push's included). */
  outcomes: Map<string, ChangeOutcome>;
  /** The hub's copy of each record this push touches (updated as changes apply). */
  records: Map<string, StoredRecord>;
  /** Further checks on a record's content (the validation core's record rules). */
  recordFindings?: (change: RecordChange) => Finding[];
}

export interface Decision {
  result: ChangeResult;
  /**
   * A decision to store: this change's conflict or rejection, or, when it applied, the change it
   * superseded (the applied change itself is kept on the record). Undefined when nothing to store.
   */
  outcome?: ChangeOutcome;
  /** The record as it is after this change, when it applied. */
  write?: StoredRecord;
}

export function hubCopyOf(record: StoredRecord): HubCopy {
  return { entityId: record.id, version: record.version, deleted: record.deleted, data: record.deleted ? null : record.data };
}

/**
 * What the hub does with one change, given what it holds. Pure: the push applies decisions in
 * order, feeding each one's write into `records` before the next change is decided.
 *
 * A change id is decided once. Asked again, the hub gives the same answer: `duplicate` for an
 * applied change, the same findings for a rejected one, and a conflict (with the current copy)
 * for a conflicting one — so a replayed batch changes nothing. A device that fixes a rejected
 * change or resolves a conflict sends the result as a new change with a new id.
 */
export function decideChange(change: RecordChange, ctx: DecideContext): Decision {
  const existing = ctx.records.get(change.entityId);
  const known = ctx.outcomes.get(change.changeId) ?? currentChangeOf(existing, change.changeId);
  if (known) return answerAgain(change, known, ctx);

  const findings = scopeFindings(change, ctx.memberId, ctx.scope, existing);
  if (findings.length === 0 && ctx.recordFindings) {
    findings.push(...ctx.recordFindings(change).filter((f) => f.severity === 'error'));
  }
  const outcomeBase = { changeId: change.changeId, memberId: ctx.memberId, deviceId: ctx.deviceId, entityId: change.entityId };
  if (findings.length > 0) {
    return {
      result: { changeId: change.changeId, status: 'rejected', findings },
      outcome: { ...outcomeBase, status: 'rejected', version: null, findings },
    };
  }
  // A hub that never had the record (base > 0: it was lost, say, in a restore) has nothing to
  // conflict with; the device's copy is the only one, so it applies.
  if (existing && existing.version !== change.baseVersion) {
    return {
      result: { changeId: change.changeId, status: 'conflict', hubCopy: hubCopyOf(existing) },
      outcome: { ...outcomeBase, status: 'conflict', version: null, findings: null },
    };
  }
  const data = change.data;
  const write: StoredRecord = {
    id: change.entityId,
    memberId: ctx.memberId,
    subContractId: data?.subContractId ?? existing?.subContractId ?? null,
    type: data?.type ?? existing?.type ?? null,
    version: change.version,
    deleted: change.op === 'delete',
    data: data ?? existing?.data ?? null,
    personId: change.personId,
    deviceId: ctx.deviceId,
    changeId: change.changeId,
  };
  // The applied change is remembered on the record; the change it supersedes moves to the
  // stored decisions, so that it too is answered `duplicate` if it ever comes again.
  const superseded = existing && supersededChange(existing);
  return {
    result: { changeId: change.changeId, status: 'applied', version: change.version },
    ...(superseded ? { outcome: superseded } : {}),
    write,
  };
}

/** The record's current change as a decision, when it is the one asked about. */
function currentChangeOf(record: StoredRecord | undefined, changeId: string): ChangeOutcome | undefined {
  return record && record.changeId === changeId ? supersededChange(record) : undefined;
}

function supersededChange(record: StoredRecord): ChangeOutcome | undefined {
  if (record.changeId === null) return undefined;
  return {
    changeId: record.changeId,
    memberId: record.memberId,
    deviceId: record.deviceId,
    entityId: record.id,
    status: 'applied',
    version: record.version,
    findings: null,
  };
}

function answerAgain(change: RecordChange, known: ChangeOutcome, ctx: DecideContext): Decision {
  if (known.memberId !== ctx.memberId || known.entityId !== change.entityId) {
    // Another member's change id, or a reused one: refuse without saying whose it was.
    const finding: Finding = {
      ruleId: 'S1',
      severity: 'error',
      path: 'changeId',
      message: 'This change id is already in use at the hub: send the change again with a new id',
    };
    return { result: { changeId: change.changeId, status: 'rejected', findings: [finding] } };
  }
  if (known.status === 'applied') return { result: { changeId: change.changeId, status: 'duplicate', version: known.version! } };
  if (known.status === 'rejected') return { result: { changeId: change.changeId, status: 'rejected', findings: known.findings! } };
  const current = ctx.records.get(change.entityId);
  if (current) return { result: { changeId: change.changeId, status: 'conflict', hubCopy: hubCopyOf(current) } };
  // A conflict was decided against a hub copy, and records are never removed.
  throw new Error(`Change ${change.changeId} was a conflict, but the hub has no copy of record ${change.entityId}`);
}
