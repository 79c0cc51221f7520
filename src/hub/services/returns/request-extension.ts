import type { ExtensionRequestChange } from '../../../core/sync';
import { describeDate, londonDateOf, quarterLabel } from '../../../core/time';
import { dueDateFor, isActiveInQuarter } from '../../../core/timeliness';
import { takeSeqs } from '../../db/queries/change-head';
import { extensionsOfReturn, findExtension, insertExtension } from '../../db/queries/extensions';
import { insertEvents } from '../../db/queries/return-events';
import { findReturn } from '../../db/queries/returns';
import { subContractContext } from './hub-reference';
import { type MemberChangeContext, type MemberChangeVerdict, personName, refusal, rejected } from './member-change-context';
import { returnEvent } from './return-event';
import { isLocked } from './state-machine';
import { extensionInForce } from './timeliness';

/**
 * A manager asks for a later due date for one return. Refused for another member's sub-contract
 * (S1), from anyone but a manager (S2), for a locked return or while an earlier request waits for
 * the hub (S3), and for a date that is not after the due date in force (T1).
 */
export async function requestExtension(ctx: MemberChangeContext, change: ExtensionRequestChange): Promise<MemberChangeVerdict> {
  const request = change.data;
  const role = ctx.scope.people.get(change.personId);
  if (role === undefined) {
    return rejected(refusal('S1', 'personId', 'The person who asked is not one of your organisation’s people on the hub', change.personId));
  }
  if (!ctx.scope.subContractIds.has(request.subContractId)) {
    return rejected(refusal('S1', 'data.subContractId', 'This request is for a sub-contract your organisation does not hold', request.subContractId));
  }
  if (role !== 'manager') return rejected(refusal('S2', 'personId', 'Only a manager can ask for an extension'));
  const sc = subContractContext(ctx.ref, request.subContractId);
  if (!sc || !isActiveInQuarter(sc.subContract, request.quarter)) {
    return rejected(refusal('S1', 'data.quarter', `The sub-contract does not run in ${quarterLabel(request.quarter)}, so no return is due`, request.quarter));
  }
  if (await findExtension(ctx.tx, request.id)) {
    return rejected(refusal('S1', 'data.id', 'The hub already has a request with this id: make the request again'));
  }
  const ret = await findReturn(ctx.tx, request.subContractId, request.quarter, true);
  if (ret && isLocked(ret.state)) {
    const on = ret.acceptedAt ? ` on ${describeDate(londonDateOf(ret.acceptedAt.toISOString()))}` : '';
    return rejected(refusal('S3', 'data', `This return was accepted${on} and is locked, so it needs no extension`));
  }
  const extensions = await extensionsOfReturn(ctx.tx, request.subContractId, request.quarter);
  const waiting = extensions.find((e) => e.state === 'requested');
  if (waiting) {
    return rejected(
      refusal('S3', 'data', `You already asked for an extension to ${describeDate(waiting.requestedDueDate)}; the hub has not decided yet`),
    );
  }
  const due = dueDateFor(request.quarter, sc.primeContract.deadlinePolicy, { extension: extensionInForce(extensions) });
  if (request.requestedDueDate <= due.dueDate) {
    return rejected(
      refusal('T1', 'data.requestedDueDate', `Ask for a date after the due date, ${describeDate(due.dueDate)}`, request.requestedDueDate),
    );
  }
  const seq = await takeSeqs(ctx.tx, 1);
  const name = personName(ctx, change.personId);
  await insertExtension(ctx.tx, {
    id: request.id,
    memberId: ctx.memberId,
    subContractId: request.subContractId,
    primeContractId: sc.primeContract.id,
    quarter: request.quarter,
    requestedDueDate: request.requestedDueDate,
    reason: request.reason,
    requestedBy: change.personId,
    requestedByName: name,
    requestedAt: ctx.now,
    deviceId: ctx.deviceId,
    state: 'requested',
    decidedBy: null,
    decidedByName: null,
    decidedAt: null,
    decisionReason: null,
    grantedDueDate: null,
    seq,
  });
  await insertEvents(ctx.tx, [
    returnEvent({
      subContractId: request.subContractId,
      quarter: request.quarter,
      returnId: ret?.id ?? null,
      at: ctx.now,
      actor: { kind: 'person', id: change.personId, name },
      action: 'extension requested',
      from: ret?.state ?? null,
      to: ret?.state ?? null,
      version: ret?.currentVersion ?? null,
      reason: request.reason,
      summary: `Asked for an extension from ${describeDate(due.dueDate)} to ${describeDate(request.requestedDueDate)}`,
      details: { extensionId: request.id },
    }),
  ]);
  return { applied: true };
}
