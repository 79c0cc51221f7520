import type { MiddlewareHandler } from 'hono';
import { CSRF_HEADER, type StaffSession } from '../../../core/hub-api';
import { sameSecret } from '../../services/secrets';
import { sessionFor } from '../../services/staff-auth';
import type { ApiDeps } from '../api-deps';
import { ProblemError } from '../problems';
import { sessionToken } from './session-cookie';

export type StaffEnv = { Variables: { staff: StaffSession; sessionToken: string } };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Hub staff only: a live session cookie, and, for anything that changes state, the session's
 * CSRF token in the x-csrf-token header (a cross-site page can make the browser send the
 * cookie, but cannot read the token).
 */
export function requireStaff(deps: ApiDeps): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const token = sessionToken(c);
    const session = token ? await sessionFor(deps.db, token, deps.now()) : undefined;
    if (!token || !session) {
      throw new ProblemError('signInRequired', token ? 'Your session has ended. Sign in again.' : 'Sign in as hub staff to do this.');
    }
    if (!SAFE_METHODS.has(c.req.method)) {
      const sent = c.req.header(CSRF_HEADER);
      if (!sent || !sameSecret(sent, session.csrfToken)) {
        throw new ProblemError(
          'csrfTokenInvalid',
          `Send the csrfToken from sign-in (or GET /api/auth/me) in the ${CSRF_HEADER} header. Reload the page if this keeps happening.`,
        );
      }
    }
    c.set('staff', session);
    c.set('sessionToken', token);
    await next();
  };
}
