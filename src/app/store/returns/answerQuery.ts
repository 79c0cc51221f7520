import { QueryAnswerChange } from '../../../core/sync';
import type { AppDb } from '../db';
import { NotAllowedError, RecordInvalidError } from '../errors';
import { loadChangeContext } from '../changeContext';
import { storageError } from '../storageError';
import { ReturnNotFoundError } from './errors';
import { madeOnceEnvelope } from './madeOnceEnvelope';
import { queueChange } from './queueChange';
import type { StoredQueryAnswer } from './types';

/**
 * A manager answers a hub query with a comment: the answer is kept here (shown at once, marked
 * as waiting to send) and queued for the hub in the same transaction. Figures that change go
 * through a resubmitted version instead (startDraft → sealReturn).
 */
export async function answerQuery(
  db: AppDb,
  input: { queryId: string; comment: string; personId: string },
  { now = new Date() }: { now?: Date } = {},
): Promise<StoredQueryAnswer> {
  try {
    return await db.transaction('rw', [db.device, db.reference, db.returnVersions, db.returnDrafts, db.returnQueries, db.queryAnswers, db.outbox], async () => {
      const { person } = await loadChangeContext(db, input.personId);
      if (person.role !== 'manager') throw new NotAllowedError('Only a manager can answer the hub’s queries.');
      const query = await db.returnQueries.get(input.queryId);
      if (!query) throw new ReturnNotFoundError('This query is not on this device. Sync, then try again.');
      if (query.state === 'closed') throw new NotAllowedError('The hub has closed this query, so it cannot be answered.');
      const at = now.toISOString();
      const envelope = madeOnceEnvelope(person.id, now);
      const parsed = QueryAnswerChange.safeParse({
        ...envelope,
        entity: 'query-answer',
        data: { id: envelope.entityId, queryId: query.id, comment: input.comment },
      });
      if (!parsed.success) {
        throw new RecordInvalidError(parsed.error.issues.map((i) => ({ path: i.path.at(-1) === 'comment' ? 'comment' : i.path.join('.'), message: i.message })));
      }
      const answer: StoredQueryAnswer = { ...parsed.data.data, returnId: query.returnId, by: person.id, byName: person.displayName, at };
      await db.queryAnswers.add(answer);
      await queueChange(db, parsed.data, at);
      return answer;
    });
  } catch (error) {
    throw storageError(error);
  }
}
