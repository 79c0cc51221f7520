import { z } from 'zod';
import { Id } from '../schemas/ids';
import { Instant } from '../time';

/** POST /api/members/:memberId/enrolment-codes: shown once to hub staff; the hub keeps a hash. */
export const EnrolmentCodeIssued = z.object({
  code: z.string(),
  memberId: Id,
  memberName: z.string(),
  expiresAt: Instant,
});
export type EnrolmentCodeIssued = z.infer<typeof EnrolmentCodeIssued>;
