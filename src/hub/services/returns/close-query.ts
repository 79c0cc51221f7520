import type { StaffUser } from '../../../core/hub-api';
import type { Db } from '../../db/db';
import { lockChangeHead, takeSeqs } from '../../db/queries/change-head';
import { findQuery, setQueryState } from '../../db/queries/hub-queries';
import { insertEvents } from '../../db/queries/return-events';
import { findReturnById } from '../../db/queries/returns';
import { ProblemError } from '../../http/problems';
import { returnEvent } from './return-event';
import { staffActor } from './staff-actions';

/**
 * Hub staff close a query they are satisfied with (POST /api/queries/:queryId/close). The return's
 * state does not change; accepting it needs no open query. Returns the return's sub-contract and quarter.
 */
export async function closeQuery(db: Db, user: StaffUser, queryId: string, note: string, now: Date) {
  return db.transaction(async (tx) => {
    await lockChangeHead(tx);
    const query = await findQuery(tx, queryId, true);
    if (!query) throw new ProblemError('queryNotFound', `There is no query with id '${queryId}'. Check the address.`);
    if (query.state === 'closed') throw new ProblemError('queryClosed', 'This query is already closed.');
    const ret = (await findReturnById(tx, query.returnId))!;
    await setQueryState(tx, query.id, { state: 'closed', seq: await takeSeqs(tx, 1), closedAt: now, closedBy: user.id });
    await insertEvents(tx, [
      returnEvent({
        subContractId: ret.subContractId,
        quarter: ret.quarter,
        returnId: ret.id,
        at: now,
        actor: staffActor(user),
        action: 'query closed',
        from: ret.state,
        to: ret.state,
        version: ret.currentVersion,
        reason: note || null,
        summary: `Closed the query on ${query.path}${note ? `: ${note}` : ''}`,
        details: { queryId },
      }),
    ]);
    return { subContractId: ret.subContractId, quarter: ret.quarter };
  });
}
