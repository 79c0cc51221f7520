import type { ReopenReturnRequest, StaffUser } from '../../../core/hub-api';
import { takeSeqs } from '../../db/queries/change-head';
import { insertEvents } from '../../db/queries/return-events';
import { type ReturnRow, updateReturn } from '../../db/queries/returns';
import { addQuery } from './raise-query';
import { returnEvent } from './return-event';
import { type StaffWrite, received, staffActor, stateConflict } from './staff-actions';

/**
 * Hub staff reopen a locked return with a reason (POST …/reopen): locked → validated, or, when
 * the reopening raises a query, locked → queried. The acceptance is undone on the row (the audit
 * trail keeps it), and the member may send a new version again.
 */
export async function reopenReturn(w: StaffWrite, user: StaffUser, request: ReopenReturnRequest, now: Date): Promise<void> {
  const row = received(w.row, 'reopen it');
  if (row.state !== 'locked') throw stateConflict(row, 'reopen it', 'Only an accepted, locked return can be reopened.');
  const to = request.query ? 'queried' : 'validated';
  const seq = await takeSeqs(w.tx, 1);
  const reopened: ReturnRow = { ...row, state: to, acceptedAt: null, acceptedBy: null, acceptedByName: null, updatedAt: now, seq };
  await updateReturn(w.tx, reopened);
  const events = [
    returnEvent({
      subContractId: row.subContractId,
      quarter: row.quarter,
      returnId: row.id,
      at: now,
      actor: staffActor(user),
      action: 'reopened',
      from: 'locked',
      to,
      version: row.currentVersion,
      reason: request.reason,
      summary: `Reopened: ${request.reason}`,
    }),
  ];
  if (request.query) events.push(...(await addQuery(w, reopened, user, request.query, now)));
  await insertEvents(w.tx, events);
}
