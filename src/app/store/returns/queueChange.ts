import type { ExtensionRequestChange, QueryAnswerChange, ReturnChange } from '../../../core/sync';
import type { AppDb } from '../db';
import type { OutboxEntry } from '../types';

/** The changes about returns that leave the device through the outbox, like record changes. */
export type ReturnsChange = ReturnChange | QueryAnswerChange | ExtensionRequestChange;

/**
 * Queues a change about a return for the hub; call inside the transaction that writes what it
 * describes (DESIGN §5: the change and its outbox entry are written together or not at all).
 * The change must already be parsed with its core wire schema.
 */
export async function queueChange(db: AppDb, change: ReturnsChange, at: string): Promise<void> {
  const entry: OutboxEntry = { change, status: 'pending', attempts: 0, lastError: null, findings: [], queuedAt: at };
  await db.outbox.add(entry);
}
