import { z } from 'zod';
import { Change, ChangeResult } from './change';
import { Instant } from '../time';

/** The most changes one push may carry; a device splits its outbox into batches of this size. */
export const MAX_PUSH_BATCH = 500;

export const PushRequest = z.object({
  deviceTime: Instant,
  changes: z.array(Change).min(1, 'A push carries at least one change').max(MAX_PUSH_BATCH, `A push carries at most ${MAX_PUSH_BATCH} changes`),
});
export type PushRequest = z.infer<typeof PushRequest>;

/** One result per change, in the order sent, and the hub's clock for the device's skew. */
export const PushResponse = z.object({ hubTime: Instant, results: z.array(ChangeResult) });
export type PushResponse = z.infer<typeof PushResponse>;
