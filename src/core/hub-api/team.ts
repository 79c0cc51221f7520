import { z } from 'zod';
import { Instant } from '../time';

/** A new password must be at least this long: long passphrases beat complex short ones. */
export const MIN_PASSWORD_LENGTH = 12;

/** One hub staff user on the Team page. */
export const TeamMember = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  addedAt: Instant,
  /** False once their access has been removed: they cannot sign in, but stay in audit trails. */
  canSignIn: z.boolean(),
  removedAt: Instant.nullable(),
});
export type TeamMember = z.infer<typeof TeamMember>;

/** GET /api/staff */
export const TeamList = z.object({ staff: z.array(TeamMember) });
export type TeamList = z.infer<typeof TeamList>;

/** POST /api/staff: a colleague joins the hub team. Addresses are kept lower-case. */
export const AddColleagueRequest = z.object({
  displayName: z.string().trim().min(1, 'Enter their name').max(200, 'A name is at most 200 characters'),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { message: 'Enter their email address', abort: true })
    .max(254, 'An email address is at most 254 characters')
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Enter an email address in the correct format, like name@example.org'),
});
export type AddColleagueRequest = z.infer<typeof AddColleagueRequest>;

/**
 * Answer to POST /api/staff (201). The temporary password is sent this once: the hub keeps only
 * its scrypt hash.
 */
export const ColleagueAdded = z.object({ member: TeamMember, temporaryPassword: z.string() });
export type ColleagueAdded = z.infer<typeof ColleagueAdded>;

/**
 * Answer to POST /api/staff/:userId/reset-password (200): the same shape as ColleagueAdded, with
 * their new temporary password, sent this once.
 */
export const PasswordReset = ColleagueAdded;
export type PasswordReset = ColleagueAdded;

/** POST /api/auth/password: the signed-in person changes their own password (→ 204). */
export const ChangePasswordRequest = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password').max(1024, 'A password is at most 1024 characters'),
    newPassword: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Your new password must be at least ${MIN_PASSWORD_LENGTH} characters`)
      .max(1024, 'A password is at most 1024 characters'),
    confirmPassword: z.string().min(1, 'Enter your new password again'),
  })
  .refine((p) => p.confirmPassword === '' || p.newPassword === p.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The new passwords do not match',
  });
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;
