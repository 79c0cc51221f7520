import { Hono } from 'hono';
import { AddColleagueRequest, ChangePasswordRequest, type TeamList } from '../../../core/hub-api';
import { addColleague, changeOwnPassword, listTeam, removeAccess, resetColleaguePassword } from '../../services/staff-team';
import type { ApiDeps } from '../api-deps';
import { requireStaff, type StaffEnv } from '../middleware/staff-session';
import { tooManyResponse } from '../middleware/too-many';
import { parseJsonBody } from '../parse-body';
import { ProblemError } from '../problems';

/**
 * The hub team, mounted at /api/staff (hub staff, x-csrf-token for changes):
 * GET / → TeamList; POST / AddColleagueRequest → 201 ColleagueAdded (409 for a taken address);
 * POST /:userId/remove → 200 TeamMember (403 for yourself). Removing twice is harmless.
 * POST /:userId/reset-password → 200 PasswordReset (403 for yourself, 409 for someone removed).
 */
export function teamRoutes(deps: ApiDeps): Hono<StaffEnv> {
  return new Hono<StaffEnv>()
    .get('/', requireStaff(deps), async (c) => {
      const body: TeamList = { staff: await listTeam(deps.db) };
      return c.json(body);
    })
    .post('/', requireStaff(deps), async (c) => {
      const request = await parseJsonBody(c, AddColleagueRequest);
      const added = await addColleague(deps.db, request, deps.now());
      c.header('Cache-Control', 'no-store');
      return c.json(added, 201);
    })
    .post('/:userId/remove', requireStaff(deps), async (c) => {
      return c.json(await removeAccess(deps.db, c.get('staff').user.id, c.req.param('userId'), deps.now()));
    })
    .post('/:userId/reset-password', requireStaff(deps), async (c) => {
      const reset = await resetColleaguePassword(deps.db, c.get('staff').user.id, c.req.param('userId'));
      c.header('Cache-Control', 'no-store');
      return c.json(reset);
    });
}

/**
 * POST /api/auth/password ChangePasswordRequest (hub staff, x-csrf-token) → 204. Wrong current
 * passwords count towards the address's sign-in limit, so a left-open session cannot be used to
 * guess the password.
 */
export function passwordRoutes(deps: ApiDeps): Hono<StaffEnv> {
  const { signInByEmail } = deps.limiters;
  return new Hono<StaffEnv>().post('/password', requireStaff(deps), async (c) => {
    const request = await parseJsonBody(c, ChangePasswordRequest);
    const { user } = c.get('staff');
    const limit = signInByEmail.check(user.email);
    if (!limit.allowed) {
      return tooManyResponse(c, 'tooManySignInAttempts', limit.retryAfterSeconds, 'There have been too many wrong passwords for this email address.');
    }
    if ((await changeOwnPassword(deps.db, user.id, c.get('sessionToken'), request)) === 'wrong-current') {
      signInByEmail.hit(user.email);
      throw new ProblemError('currentPasswordWrong', 'Your current password is not right. Check it and try again.', [
        { path: 'currentPassword', message: 'Your current password is not right' },
      ]);
    }
    signInByEmail.reset(user.email);
    return c.body(null, 204);
  });
}
