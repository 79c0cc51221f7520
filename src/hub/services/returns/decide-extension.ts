import type { GrantExtensionRequest, StaffUser } from '../../../core/hub-api';
import { describeDate } from '../../../core/time';
import { dueDateFor } from '../../../core/timeliness';
import type { Db } from '../../db/db';
import { lockChangeHead, takeSeqs } from '../../db/queries/change-head';
import { decideExtension, type ExtensionRow, extensionsOfReturn, findExtension, insertExtension } from '../../db/queries/extensions';
import { insertEvents } from '../../db/queries/return-events';
import { findReturn, updateReturn } from '../../db/queries/returns';
import { ProblemError } from '../../http/problems';
import { uuidv7 } from '../uuidv7';
import { type HubReference, loadHubReference, type SubContractContext } from './hub-reference';
import { expectedReturn } from './return-detail';
import { returnEvent } from './return-event';
import { staffActor } from './staff-actions';
import { snapshotOf, timelinessOf } from './timeliness';

export type ExtensionDecisionInput =
  | { kind: 'grant'; extensionId: string; request: GrantExtensionRequest }
  | { kind: 'decline'; extensionId: string; reason: string }
  | { kind: 'grant-unrequested'; subContractId: string; quarter: string; request: GrantExtensionRequest };

/**
 * Hub staff grant or decline a member's extension request, or grant one unasked. A granted
 * extension replaces the return's due date (T1) for its timeliness from then on (T2, T3); the
 * return, if received, is re-judged and sent to the member's devices with the decision.
 */
export async function decideExtensionRequest(db: Db, user: StaffUser, input: ExtensionDecisionInput, now: Date): Promise<{ ref: HubReference; row: ExtensionRow }> {
  return db.transaction(async (tx) => {
    await lockChangeHead(tx);
    const ref = await loadHubReference(tx);
    let ext: ExtensionRow | undefined;
    if (input.kind !== 'grant-unrequested') {
      ext = await findExtension(tx, input.extensionId, true);
      if (!ext) throw new ProblemError('extensionNotFound', `There is no extension request with id '${input.extensionId}'. Check the address.`);
      if (ext.state !== 'requested') {
        throw new ProblemError('extensionDecided', `This request was already ${ext.state} by ${ext.decidedByName ?? 'hub staff'}.`);
      }
    }
    const subContractId = ext?.subContractId ?? (input as { subContractId: string }).subContractId;
    const quarter = ext?.quarter ?? (input as { quarter: string }).quarter;
    const sc = expectedReturn(ref, subContractId, quarter);
    const seq = await takeSeqs(tx, 2);
    const decided = { decidedBy: user.id, decidedByName: user.displayName, decidedAt: now, seq };
    let row: ExtensionRow;
    if (input.kind === 'decline') {
      row = { ...ext!, ...decided, state: 'declined', decisionReason: input.reason, grantedDueDate: null };
      await decideExtension(tx, row.id, row);
    } else {
      checkNewDueDate(sc, quarter, input.request.dueDate);
      const grant = { ...decided, state: 'granted' as const, decisionReason: input.request.reason, grantedDueDate: input.request.dueDate };
      if (ext) {
        row = { ...ext, ...grant };
        await decideExtension(tx, row.id, row);
      } else {
        row = {
          id: uuidv7(now),
          memberId: sc.member.id,
          subContractId,
          primeContractId: sc.primeContract.id,
          quarter,
          requestedDueDate: input.request.dueDate,
          reason: input.request.reason,
          requestedBy: null,
          requestedByName: null,
          requestedAt: null,
          deviceId: null,
          ...grant,
        };
        await insertExtension(tx, row);
      }
    }
    const ret = await findReturn(tx, subContractId, quarter, true);
    if (ret) {
      const extensions = await extensionsOfReturn(tx, subContractId, quarter);
      const timeliness = snapshotOf(timelinessOf({ quarter, primeContract: sc.primeContract, row: ret, extensions }, now));
      await updateReturn(tx, { ...ret, timeliness, seq: seq + 1 });
    }
    const summary =
      row.state === 'declined'
        ? `Declined the request for an extension to ${describeDate(row.requestedDueDate)}`
        : `Granted an extension to ${describeDate(row.grantedDueDate!)}${ext ? '' : ' (not asked for by the member)'}`;
    await insertEvents(tx, [
      returnEvent({
        subContractId,
        quarter,
        returnId: ret?.id ?? null,
        at: now,
        actor: staffActor(user),
        action: row.state === 'declined' ? 'extension declined' : 'extension granted',
        from: ret?.state ?? null,
        to: ret?.state ?? null,
        version: ret?.currentVersion ?? null,
        reason: row.decisionReason,
        summary,
        details: { extensionId: row.id },
      }),
    ]);
    return { ref, row };
  });
}

/** An extension must move the due date later than the one the contract sets. */
function checkNewDueDate(sc: SubContractContext, quarter: string, dueDate: string): void {
  const due = dueDateFor(quarter, sc.primeContract.deadlinePolicy);
  if (dueDate <= due.dueDate) {
    const message = `The new due date must be after the due date, ${describeDate(due.dueDate)}`;
    throw new ProblemError('validationFailed', `One problem with the request body: dueDate: ${message}.`, [{ path: 'dueDate', message }]);
  }
}
