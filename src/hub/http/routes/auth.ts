import { Hono } from 'hono';
import { SignInRequest } from '../../../core/hub-api';
import { sessionFor, signIn, signOut } from '../../services/staff-auth';
import type { ApiDeps } from '../api-deps';
import { clientIp } from '../middleware/client-ip';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../middleware/session-cookie';
import { requireStaff, type StaffEnv } from '../middleware/staff-session';
import { tooManyResponse } from '../middleware/too-many';
import { parseJsonBody } from '../parse-body';
import { ProblemError } from '../problems';

/**
 * Hub staff sign-in (DESIGN §6), mounted at /api/auth:
 * POST /sign-in {email, password} → 200 StaffSession and the session cookie;
 * GET /me → 200 StaffSession; POST /sign-out (with x-csrf-token) → 204.
 */
export function authRoutes(deps: ApiDeps): Hono<StaffEnv> {
  const { signInByEmail, signInByIp } = deps.limiters;
  return new Hono<StaffEnv>()
    .post('/sign-in', async (c) => {
      const ip = clientIp(c);
      const byIp = signInByIp.check(ip);
      if (!byIp.allowed) {
        return tooManyResponse(c, 'tooManySignInAttempts', byIp.retryAfterSeconds, 'There have been too many sign-in attempts from this network.');
      }
      signInByIp.hit(ip);
      const credentials = await parseJsonBody(c, SignInRequest);
      const byEmail = signInByEmail.check(credentials.email);
      if (!byEmail.allowed) {
        return tooManyResponse(c, 'tooManySignInAttempts', byEmail.retryAfterSeconds, 'There have been too many failed sign-ins for this email address.');
      }
      const signedIn = await signIn(deps.db, credentials, { now: deps.now(), ttlMs: deps.limits.sessionTtlMs });
      if (!signedIn) {
        signInByEmail.hit(credentials.email);
        throw new ProblemError('signInFailed', 'The email address or password is not right. Check them and try again.');
      }
      signInByEmail.reset(credentials.email);
      setSessionCookie(c, signedIn.token, new Date(signedIn.session.expiresAt));
      c.header('Cache-Control', 'no-store');
      return c.json(signedIn.session);
    })
    .get('/me', async (c) => {
      const token = sessionToken(c);
      const session = token ? await sessionFor(deps.db, token, deps.now()) : undefined;
      if (!session) throw new ProblemError('signInRequired', token ? 'Your session has ended. Sign in again.' : 'You are not signed in.');
      c.header('Cache-Control', 'no-store');
      return c.json(session);
    })
    .post('/sign-out', requireStaff(deps), async (c) => {
      await signOut(deps.db, c.get('sessionToken'));
      clearSessionCookie(c);
      return c.body(null, 204);
    });
}
