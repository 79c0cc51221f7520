import type { Finding } from '../../../core/schemas';
import type { Change, ChangeResult } from '../../../core/sync';
import type { Queryable } from '../../db/db';
import type { ChangeOutcome } from '../../db/queries/change-outcomes';
import { findDevice } from '../../db/queries/devices';
import type { MemberScope } from '../../db/queries/reference-items';
import { answerQuery } from './answer-query';
import { loadHubReference } from './hub-reference';
import type { MemberChangeContext, MemberChangeVerdict } from './member-change-context';
import { receiveReturn } from './receive-return';
import { requestExtension } from './request-extension';

/** The changes of a push that are not records: sealed returns, query answers, extension requests. */
export type MemberChange = Exclude<Change, { entity: 'record' }>;

export interface MemberChangeResult {
  result: ChangeResult;
  /** A first-time outcome to store; undefined when answering from a stored one. */
  outcome?: ChangeOutcome;
}

/**
 * Applies a push's return, query-answer and extension-request changes in order, inside the push's
 * transaction and after its records are written (so A4 sees records sent in the same batch). Each
 * create-only change is decided once by its change id, like records: asked again, the hub answers
 * 'duplicate' (applied) or the same findings (rejected) and changes nothing.
 */
export async function applyMemberChanges(
  tx: Queryable,
  input: {
    deviceId: string;
    memberId: string;
    scope: MemberScope;
    outcomes: Map<string, ChangeOutcome>;
    now: Date;
    pushDeviceTime: string;
  },
  changes: readonly MemberChange[],
): Promise<MemberChangeResult[]> {
  if (changes.length === 0) return [];
  // Read before the push notes this sync: the skew the device had at its previous one.
  const device = await findDevice(tx, input.deviceId);
  const ctx: MemberChangeContext = {
    tx,
    memberId: input.memberId,
    deviceId: input.deviceId,
    deviceName: device?.name ?? 'a device',
    scope: input.scope,
    ref: await loadHubReference(tx),
    now: input.now,
    previousSkew:
      device?.lastSkewMs != null && device.lastSeenAt ? { skewMs: device.lastSkewMs, measuredAt: device.lastSeenAt.toISOString() } : undefined,
    pushSkew: { skewMs: Date.parse(input.pushDeviceTime) - input.now.getTime(), measuredAt: input.now.toISOString() },
  };
  const results: MemberChangeResult[] = [];
  for (const change of changes) {
    const known = input.outcomes.get(change.changeId);
    if (known) {
      results.push({ result: answerAgain(change, known, input.memberId) });
      continue;
    }
    const verdict = await decide(ctx, change);
    const base = { changeId: change.changeId, memberId: input.memberId, deviceId: input.deviceId, entityId: change.entityId };
    const outcome: ChangeOutcome = verdict.applied
      ? { ...base, status: 'applied', version: change.version, findings: null }
      : { ...base, status: 'rejected', version: null, findings: verdict.findings };
    input.outcomes.set(change.changeId, outcome);
    results.push({
      result: verdict.applied
        ? { changeId: change.changeId, status: 'applied', version: change.version }
        : { changeId: change.changeId, status: 'rejected', findings: verdict.findings },
      outcome,
    });
  }
  return results;
}

function decide(ctx: MemberChangeContext, change: MemberChange): Promise<MemberChangeVerdict> {
  switch (change.entity) {
    case 'return':
      return receiveReturn(ctx, change);
    case 'query-answer':
      return answerQuery(ctx, change);
    case 'extension-request':
      return requestExtension(ctx, change);
  }
}

const CHANGE_ID_IN_USE: Finding = {
  ruleId: 'S1',
  severity: 'error',
  path: 'changeId',
  message: 'This change id is already in use at the hub: send the change again with a new id',
};

/** The same answer as the first time; another member's (or another entity's) change id says no more than that it is taken. */
function answerAgain(change: MemberChange, known: ChangeOutcome, memberId: string): ChangeResult {
  const mine = known.memberId === memberId && known.entityId === change.entityId;
  if (mine && known.status === 'applied') return { changeId: change.changeId, status: 'duplicate', version: known.version! };
  if (mine && known.status === 'rejected' && known.findings?.length) {
    return { changeId: change.changeId, status: 'rejected', findings: known.findings };
  }
  return { changeId: change.changeId, status: 'rejected', findings: [CHANGE_ID_IN_USE] };
}
