import { z } from 'zod';
import { Id } from '../schemas/ids';
import { Instant } from './instant';
import { LocalDate } from './localDate';
import { QuarterId } from './quarterId';

export const EXTENSION_REASON_MIN_LENGTH = 10;

/**
 * A new due date for one return (one sub-contract, one quarter), granted by the hub with a
 * reason. It replaces the computed or explicit due date (T1); the new due moment is the end of
 * `newDueDate` in London.
 */
export const Extension = z.object({
  id: Id,
  subContractId: Id,
  quarter: QuarterId,
  newDueDate: LocalDate,
  reason: z
    .string()
    .trim()
    .min(EXTENSION_REASON_MIN_LENGTH, {
      error: `Give the reason for the extension in at least ${EXTENSION_REASON_MIN_LENGTH} characters`,
    })
    .max(2000),
  /** The hub person who granted it. */
  grantedBy: Id,
  grantedAt: Instant,
});
export type Extension = z.infer<typeof Extension>;
