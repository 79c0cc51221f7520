import { takeSeqs } from '../../db/queries/change-head';
import { insertAnswer, queriesOfReturns, setQueryState } from '../../db/queries/hub-queries';
import { uuidv7 } from '../uuidv7';
import { type MemberChangeContext, personName } from './member-change-context';

/**
 * A resubmitted version answers the return's open queries (DESIGN §2: a query is answered by
 * comment and/or a resubmitted version): each gets an answer saying so and becomes 'answered',
 * for hub staff to close or accept. Returns how many were open.
 */
export async function answerQueriesByResubmission(
  ctx: MemberChangeContext,
  input: { returnId: string; version: number; personId: string; changeId: string },
): Promise<number> {
  const open = (await queriesOfReturns(ctx.tx, [input.returnId])).filter((q) => q.state === 'open');
  if (open.length === 0) return 0;
  const first = await takeSeqs(ctx.tx, open.length);
  for (const [i, query] of open.entries()) {
    await insertAnswer(ctx.tx, {
      id: uuidv7(ctx.now),
      queryId: query.id,
      memberId: ctx.memberId,
      personId: input.personId,
      byName: personName(ctx, input.personId),
      deviceId: ctx.deviceId,
      changeId: input.changeId,
      comment: `Resubmitted the return as version ${input.version}`,
      answeredAt: ctx.now,
    });
    await setQueryState(ctx.tx, query.id, { state: 'answered', seq: first + i });
  }
  return open.length;
}
