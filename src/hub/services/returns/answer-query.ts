import type { QueryAnswerChange } from '../../../core/sync';
import { describeDate, londonDateOf } from '../../../core/time';
import { takeSeqs } from '../../db/queries/change-head';
import { findAnswer, findQuery, insertAnswer, setQueryState } from '../../db/queries/hub-queries';
import { insertEvents } from '../../db/queries/return-events';
import { findReturnById } from '../../db/queries/returns';
import { type MemberChangeContext, type MemberChangeVerdict, personName, refusal, rejected } from './member-change-context';
import { returnEvent } from './return-event';

/**
 * A manager answers a hub query by comment. Only the query's own member may answer (another
 * member is told the hub has no such query, and nothing more), only a manager, and not once the
 * hub has closed it. The query becomes 'answered'; the return's state does not change.
 */
export async function answerQuery(ctx: MemberChangeContext, change: QueryAnswerChange): Promise<MemberChangeVerdict> {
  const answer = change.data;
  const role = ctx.scope.people.get(change.personId);
  if (role === undefined) {
    return rejected(refusal('S1', 'personId', 'The person who answered is not one of your organisation’s people on the hub', change.personId));
  }
  const query = await findQuery(ctx.tx, answer.queryId, true);
  if (!query || query.memberId !== ctx.memberId) {
    return rejected(refusal('S1', 'data.queryId', 'The hub has no such query for your organisation', answer.queryId));
  }
  if (role !== 'manager') return rejected(refusal('S2', 'personId', 'Only a manager can answer a hub query'));
  if (query.state === 'closed') {
    const on = query.closedAt ? ` on ${describeDate(londonDateOf(query.closedAt.toISOString()))}` : '';
    return rejected(refusal('S3', 'data.queryId', `The hub closed this query${on}, so it needs no answer`));
  }
  if (await findAnswer(ctx.tx, answer.id)) {
    return rejected(refusal('S1', 'data.id', 'The hub already has an answer with this id: write the answer again'));
  }
  const ret = (await findReturnById(ctx.tx, query.returnId))!;
  const seq = await takeSeqs(ctx.tx, 1);
  const name = personName(ctx, change.personId);
  await insertAnswer(ctx.tx, {
    id: answer.id,
    queryId: query.id,
    memberId: ctx.memberId,
    personId: change.personId,
    byName: name,
    deviceId: ctx.deviceId,
    changeId: change.changeId,
    comment: answer.comment,
    answeredAt: ctx.now,
  });
  await setQueryState(ctx.tx, query.id, { state: 'answered', seq });
  await insertEvents(ctx.tx, [
    returnEvent({
      subContractId: ret.subContractId,
      quarter: ret.quarter,
      returnId: ret.id,
      at: ctx.now,
      actor: { kind: 'person', id: change.personId, name },
      action: 'query answered',
      from: ret.state,
      to: ret.state,
      version: ret.currentVersion,
      summary: `Answered the query on ${query.path}: “${answer.comment}”`,
      details: { queryId: query.id, answerId: answer.id },
    }),
  ]);
  return { applied: true };
}
