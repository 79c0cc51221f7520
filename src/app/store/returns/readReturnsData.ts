import type { Finding } from '../../../core/schemas';
import type { AppDb } from '../db';
import type { OutboxStatus } from '../types';
import type { ReturnDraft, StoredExtension, StoredQuery, StoredQueryAnswer, StoredReturnVersion } from './types';

/** A change about a return still in the outbox: waiting to go, or refused by the hub. */
export type WaitingChange = { status: OutboxStatus; findings: Finding[]; lastError: string | null };

/** Everything about returns this device holds (small: a few rows per sub-contract and quarter). */
export type ReturnsData = {
  drafts: ReturnDraft[];
  versions: StoredReturnVersion[];
  queries: StoredQuery[];
  answers: StoredQueryAnswer[];
  extensions: StoredExtension[];
  /** Entity id (version, answer or extension request) → its change still in the outbox. */
  waiting: Map<string, WaitingChange>;
};

/** Reads it all in one read transaction (a live query follows every table it reads). */
export async function readReturnsData(db: AppDb): Promise<ReturnsData> {
  return db.transaction('r', [db.returnDrafts, db.returnVersions, db.returnQueries, db.queryAnswers, db.extensions, db.outbox], async () => {
    const [drafts, versions, queries, answers, extensions] = await Promise.all([
      db.returnDrafts.toArray(),
      db.returnVersions.toArray(),
      db.returnQueries.toArray(),
      db.queryAnswers.toArray(),
      db.extensions.toArray(),
    ]);
    const ids = [...versions.map((v) => v.id), ...answers.map((a) => a.id), ...extensions.map((e) => e.id)];
    const waiting = new Map<string, WaitingChange>();
    if (ids.length > 0) {
      for (const entry of await db.outbox.where('change.entityId').anyOf(ids).toArray()) {
        waiting.set(entry.change.entityId, { status: entry.status, findings: entry.findings, lastError: entry.lastError });
      }
    }
    return { drafts, versions, queries, answers, extensions, waiting };
  });
}
