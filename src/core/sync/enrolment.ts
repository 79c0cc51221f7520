import { z } from 'zod';
import { Id } from '../schemas/ids';
import { ReferenceData } from '../schemas/reference-data';
import { Instant } from '../time';

/** Letters and digits that cannot be misread for each other when read aloud or typed from paper. */
export const ENROLMENT_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';

/** "abcd efgh", "ABCD-EFGH" and "abcdefgh" are the same code: people copy codes from paper. */
export const EnrolmentCode = z
  .string()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(
    z
      .string()
      .length(8, 'An enrolment code has 8 letters and numbers, like ABCD-EFGH')
      .regex(new RegExp(`^[${ENROLMENT_ALPHABET}]+$`), 'That is not an enrolment code: check it against the one the hub gave you'),
  )
  .transform((s) => `${s.slice(0, 4)}-${s.slice(4)}`);

export const EnrolRequest = z.object({
  code: EnrolmentCode,
  deviceName: z.string().trim().min(1, 'Give this device a name, like "Hall tablet 1"').max(60, 'A device name is at most 60 characters'),
});
export type EnrolRequest = z.infer<typeof EnrolRequest>;

/**
 * What a device gets for a good code: its token (shown once; the hub keeps only a hash) and its
 * member's share of the reference data (only that member in `members`, its sub-contracts, people…).
 */
export const EnrolResponse = z.object({
  deviceId: Id,
  token: z.string().min(43),
  memberId: Id,
  reference: ReferenceData,
  hubTime: Instant,
});
export type EnrolResponse = z.infer<typeof EnrolResponse>;
