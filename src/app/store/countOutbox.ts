import type { AppDb } from './db';

export type OutboxCounts = { pending: number; quarantined: number; conflict: number };

/** How many changes wait for the hub, and how many wait for a person (refused, or in conflict). */
export async function countOutbox(db: AppDb): Promise<OutboxCounts> {
  const [pending, quarantined, conflict] = await Promise.all([
    db.outbox.where('status').equals('pending').count(),
    db.outbox.where('status').equals('quarantined').count(),
    db.outbox.where('status').equals('conflict').count(),
  ]);
  return { pending, quarantined, conflict };
}
