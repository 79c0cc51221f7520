import type { RaiseQueryRequest, StaffUser } from '../../../core/hub-api';
import { takeSeqs } from '../../db/queries/change-head';
import { insertQuery } from '../../db/queries/hub-queries';
import { insertEvents, type ReturnEventRow } from '../../db/queries/return-events';
import { type ReturnRow, updateReturn } from '../../db/queries/returns';
import { ProblemError } from '../../http/problems';
import { uuidv7 } from '../uuidv7';
import { queryPathProblem } from './query-path';
import { returnEvent } from './return-event';
import { type StaffWrite, received, staffActor, stateConflict } from './staff-actions';
import { UNDER_REVIEW } from './state-machine';

/**
 * Hub staff ask about one field of a return (POST …/queries). Allowed while the return is under
 * review (validated or queried); a locked return must be reopened first. The return becomes
 * 'queried' and the query goes to the member's devices with their next pull.
 */
export async function raiseQuery(w: StaffWrite, user: StaffUser, request: RaiseQueryRequest, now: Date): Promise<void> {
  const row = received(w.row, 'raise a query');
  if (!UNDER_REVIEW.includes(row.state)) throw stateConflict(row, 'raise a query', 'Reopen it first, with a reason.');
  const events = await addQuery(w, row, user, request, now);
  await insertEvents(w.tx, events);
}

/** Inserts the query and moves the return to 'queried'; the events to record (shared with reopening). */
export async function addQuery(w: StaffWrite, row: ReturnRow, user: StaffUser, request: RaiseQueryRequest, now: Date): Promise<ReturnEventRow[]> {
  const problem = queryPathProblem(request.path, w.sc.template, w.ref);
  if (problem) throw new ProblemError('validationFailed', `One problem with the request body: path: ${problem}.`, [{ path: 'path', message: problem }]);
  const first = await takeSeqs(w.tx, 2);
  const id = uuidv7(now);
  await insertQuery(w.tx, {
    id,
    returnId: row.id,
    memberId: row.memberId,
    returnVersion: row.currentVersion,
    path: request.path,
    question: request.question,
    raisedBy: user.id,
    raisedByName: user.displayName,
    raisedAt: now,
    state: 'open',
    closedAt: null,
    closedBy: null,
    seq: first,
  });
  const from = row.state;
  await updateReturn(w.tx, { ...row, state: 'queried', updatedAt: now, seq: first + 1 });
  return [
    returnEvent({
      subContractId: row.subContractId,
      quarter: row.quarter,
      returnId: row.id,
      at: now,
      actor: staffActor(user),
      action: 'query raised',
      from,
      to: 'queried',
      version: row.currentVersion,
      summary: `Query on ${request.path}: “${request.question}”`,
      details: { queryId: id },
    }),
  ];
}
