import { z } from 'zod';
import { Id } from './ids';
import { Instant, QuarterId } from './time-primitives';

export const ProfileTarget = z.object({
  indicatorId: Id,
  quarter: QuarterId,
  target: z.number().nonnegative('A target cannot be negative'),
});
export type ProfileTarget = z.infer<typeof ProfileTarget>;

/**
 * The agreed targets of a sub-contract. Re-profiling adds a version effective from a quarter;
 * earlier versions stay as they were, so history is never overwritten.
 */
export const ProfileVersion = z.object({
  id: Id,
  subContractId: Id,
  version: z.int().min(1),
  effectiveFrom: QuarterId,
  reason: z.string().trim().min(1, 'Say why the profile changed'),
  agreedBy: z.string().trim().min(1, 'Say who agreed the profile'),
  agreedAt: Instant,
  targets: z.array(ProfileTarget),
});
export type ProfileVersion = z.infer<typeof ProfileVersion>;
