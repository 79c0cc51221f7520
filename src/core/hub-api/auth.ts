import { z } from 'zod';
import { Instant } from '../time';

/** POST /api/auth/sign-in. Addresses are compared lower-case, so any capitals sign in. */
export const SignInRequest = z.object({
  email: z.string().trim().toLowerCase().min(1, 'Enter your email address').max(254, 'An email address is at most 254 characters'),
  password: z.string().min(1, 'Enter your password').max(1024, 'A password is at most 1024 characters'),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

export const StaffUser = z.object({ id: z.string(), email: z.string(), displayName: z.string() });
export type StaffUser = z.infer<typeof StaffUser>;

/**
 * Answer to sign-in and GET /api/auth/me. The session itself travels in an HttpOnly cookie;
 * `csrfToken` goes back in the x-csrf-token header of every state-changing request.
 */
export const StaffSession = z.object({ user: StaffUser, csrfToken: z.string(), expiresAt: Instant });
export type StaffSession = z.infer<typeof StaffSession>;

/** The header that carries StaffSession.csrfToken. */
export const CSRF_HEADER = 'x-csrf-token';
