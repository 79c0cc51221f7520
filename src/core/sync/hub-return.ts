import { z } from 'zod';
import { Finding } from '../schemas/findings';
import { Id } from '../schemas/ids';
import { ReturnState, ReturnVersion } from '../schemas/returns';
import { Instant, LocalDate, QuarterId } from '../time';
import { ReturnTimelinessStatus } from '../timeliness';

/**
 * A member's return as the hub holds it, as a device pulls it: the current version (its `state`
 * is the hub's state, `receivedAt` the hub's receipt), the hub's own findings on it, and its
 * timeliness. The hub's states a tablet shows: received/validated ("received by the hub"),
 * queried (with `queries` in the same pull, each on a field path), resubmitted, and locked
 * (accepted by the hub and closed to new versions; accepting always locks, so `acceptedAt` is set).
 */
export const HubReturn = z.object({
  returnId: Id,
  memberId: Id,
  subContractId: Id,
  quarter: QuarterId,
  state: ReturnState,
  version: ReturnVersion,
  /** The hub's findings on the current version (validated with what only the hub knows: A4–A6). */
  findings: z.array(Finding),
  completeness: z.number().min(0).max(1),
  /** T3 at the moment the hub last changed this return: 'on time' or 'late' once a complete version arrived. */
  timeliness: z.object({ status: ReturnTimelinessStatus, label: z.string(), dueDate: LocalDate }),
  acceptedAt: Instant.nullable(),
  acceptedBy: z.string().nullable(),
  updatedAt: Instant,
});
export type HubReturn = z.infer<typeof HubReturn>;
