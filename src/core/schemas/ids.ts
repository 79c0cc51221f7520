import { z } from 'zod';

/** Ids are made where the thing is created: UUIDv7 on devices, short slugs for reference data. */
export const Id = z
  .string()
  .min(1, 'Enter an id')
  .max(64, 'An id is at most 64 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'An id may only use letters, numbers, dots, colons, dashes and underscores');
export type Id = z.infer<typeof Id>;

/**
 * A pseudonymous client reference made by the member, e.g. "BRK-0042".
 * Names never leave the device, so anything with a space (a likely name) is refused.
 */
export const ClientRef = z
  .string()
  .trim()
  .min(3, 'A client ref is at least 3 characters')
  .max(24, 'A client ref is at most 24 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'A client ref uses only letters, numbers and dashes (no names or spaces)');
export type ClientRef = z.infer<typeof ClientRef>;

/** Money is always whole pence, never a float of pounds. */
export const Pence = z.int('Enter an amount in pence').nonnegative('An amount cannot be negative');
export type Pence = z.infer<typeof Pence>;
