import type { Queryable } from '../db';

/**
 * The hub's change sequence (migration 0003). A writer calls takeSeqs inside its transaction:
 * the update locks the one head row until commit, so writers queue and their numbers become
 * visible in order. Take the numbers early in the transaction when what you read next must not
 * change under you (a push reads versions after locking).
 */
export async function takeSeqs(tx: Queryable, count: number): Promise<number> {
  const { rows } = await tx.query<{ seq: number }>('update change_head set seq = seq + $1 returning seq', [count]);
  // The first of `count` numbers; the last is the new head.
  return rows[0]!.seq - count + 1;
}

/** Locks the head row for this transaction without taking numbers, and returns the head. */
export async function lockChangeHead(tx: Queryable): Promise<number> {
  const { rows } = await tx.query<{ seq: number }>('select seq from change_head for update');
  return rows[0]!.seq;
}

/** The highest number any committed write has: everything up to it is visible. */
export async function readChangeHead(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ seq: number }>('select seq from change_head');
  return rows[0]!.seq;
}
