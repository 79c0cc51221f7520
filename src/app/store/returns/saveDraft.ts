import type { AppDb } from '../db';
import { storageError } from '../storageError';
import type { ReturnDraft } from './types';

/**
 * Autosaves a draft as the manager works. Returns false (and writes nothing) when the draft has
 * been sealed meanwhile — a late autosave must not bring a sealed draft back — or discarded.
 */
export async function saveDraft(db: AppDb, draft: ReturnDraft, { now = new Date() }: { now?: Date } = {}): Promise<boolean> {
  try {
    return await db.transaction('rw', [db.returnDrafts, db.returnVersions], async () => {
      const [stored, sealed] = await Promise.all([db.returnDrafts.get(draft.key), db.returnVersions.get(draft.id)]);
      if (sealed || !stored || stored.id !== draft.id) return false;
      await db.returnDrafts.put({ ...draft, updatedAt: now.toISOString() });
      return true;
    });
  } catch (error) {
    throw storageError(error);
  }
}

/** Throws the draft away (a resubmission the manager decided against). */
export async function discardDraft(db: AppDb, key: string): Promise<void> {
  await db.returnDrafts.delete(key);
}
