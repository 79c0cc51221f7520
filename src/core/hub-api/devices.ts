import { z } from 'zod';
import { Id } from '../schemas/ids';
import { Instant } from '../time';

/** A member's enrolled device as hub staff see it. */
export const DeviceSummary = z.object({
  id: Id,
  memberId: Id,
  name: z.string(),
  enrolledAt: Instant,
  lastSeenAt: Instant.nullable(),
  /** Device clock minus hub clock at its last sync, in ms; null before its first sync. */
  lastSkewMs: z.number().nullable(),
  revoked: z.boolean(),
  revokedAt: Instant.nullable(),
});
export type DeviceSummary = z.infer<typeof DeviceSummary>;

/** GET /api/members/:memberId/devices */
export const DeviceList = z.object({ devices: z.array(DeviceSummary) });
export type DeviceList = z.infer<typeof DeviceList>;

/** GET /api/members */
export const MemberList = z.object({
  members: z.array(z.object({ id: Id, name: z.string(), kind: z.string(), active: z.boolean(), devices: z.int() })),
});
export type MemberList = z.infer<typeof MemberList>;
