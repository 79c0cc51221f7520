import type { StaffUser } from '../../../core/hub-api';
import { takeSeqs } from '../../db/queries/change-head';
import { extensionsOfReturn } from '../../db/queries/extensions';
import { queriesOfReturns, setQueryState } from '../../db/queries/hub-queries';
import { insertEvents } from '../../db/queries/return-events';
import { findingsOf } from '../../db/queries/return-findings';
import { currentVersionsOf, updateReturn } from '../../db/queries/returns';
import { ProblemError } from '../../http/problems';
import { acceptBlockers } from './accept-blockers';
import { returnEvent } from './return-event';
import { type StaffWrite, received, staffActor, stateConflict } from './staff-actions';
import { UNDER_REVIEW } from './state-machine';
import { snapshotOf, timelinessOf } from './timeliness';

/**
 * Hub staff accept a return (POST …/accept). Refused (409) unless it is under review, the version
 * accepted is the one staff looked at, no error remains and every warning is explained. Accepting
 * locks at once: validated/queried → accepted → locked, two audit events in one transaction, so
 * no new version can slip in between. Queries still open or answered are closed with it.
 */
export async function acceptReturn(w: StaffWrite, user: StaffUser, version: number, now: Date): Promise<void> {
  const row = received(w.row, 'accept it');
  if (!UNDER_REVIEW.includes(row.state)) throw stateConflict(row, 'accept it');
  if (version !== row.currentVersion) {
    throw new ProblemError(
      'returnChanged',
      `You looked at version ${version}, but the hub now has version ${row.currentVersion}. Check the new version before you accept it.`,
    );
  }
  const current = (await currentVersionsOf(w.tx, [row.id])).get(row.id)!;
  const findings = (await findingsOf(w.tx, [current.id])).get(current.id);
  const blockers = acceptBlockers(row.state, findings);
  if (blockers.length > 0) throw new ProblemError('returnNotAcceptable', `You cannot accept this return yet. ${blockers.join(' ')}`);

  const pending = (await queriesOfReturns(w.tx, [row.id])).filter((q) => q.state !== 'closed');
  const first = await takeSeqs(w.tx, pending.length + 1);
  for (const [i, query] of pending.entries()) {
    await setQueryState(w.tx, query.id, { state: 'closed', seq: first + 1 + i, closedAt: now, closedBy: user.id });
  }
  const locked = { ...row, state: 'locked' as const, acceptedAt: now, acceptedBy: user.id, acceptedByName: user.displayName, updatedAt: now, seq: first };
  locked.timeliness = snapshotOf(
    timelinessOf({ quarter: row.quarter, primeContract: w.sc.primeContract, row: locked, extensions: await extensionsOfReturn(w.tx, row.subContractId, row.quarter) }, now),
  );
  await updateReturn(w.tx, locked);
  const where = { subContractId: row.subContractId, quarter: row.quarter, returnId: row.id, at: now, actor: staffActor(user), version: row.currentVersion };
  const closed = pending.length > 0 ? `; ${pending.length} ${pending.length === 1 ? 'query' : 'queries'} closed` : '';
  await insertEvents(w.tx, [
    returnEvent({ ...where, action: 'accepted', from: row.state, to: 'accepted', summary: `Version ${row.currentVersion} accepted${closed}` }),
    returnEvent({ ...where, action: 'locked', from: 'accepted', to: 'locked', summary: 'Locked: the member cannot send a new version unless the hub reopens it' }),
  ]);
}
