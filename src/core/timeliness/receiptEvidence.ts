import { z } from 'zod';
import { Instant } from '../time/instant';

/**
 * The device clock's skew as measured at a sync: device time minus hub time, in ms (positive
 * when the device clock is ahead). Absent when the device has never synced.
 */
export const ClockSkew = z.object({
  skewMs: z.number(),
  measuredAt: Instant,
});
export type ClockSkew = z.infer<typeof ClockSkew>;

/** What the hub knows about when a return was sealed and received (T2's evidence). */
export const ReceiptEvidence = z.object({
  /** When the hub received the first complete version (hub clock). */
  firstCompleteReceivedAt: Instant.optional(),
  /** The seal time the device recorded (device clock, not yet corrected). */
  sealedAt: Instant.optional(),
  /** The skew known at the last sync before the return reached the hub. */
  clockSkew: ClockSkew.optional(),
});
export type ReceiptEvidence = z.infer<typeof ReceiptEvidence>;
