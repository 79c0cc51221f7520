import { Hono } from 'hono';
import { issueEnrolmentCode } from '../../services/enrolment';
import type { ApiDeps } from '../api-deps';
import { requireStaff, type StaffEnv } from '../middleware/staff-session';

/**
 * POST /api/members/:memberId/enrolment-codes (hub staff, x-csrf-token) → 201
 * EnrolmentCodeIssued: a one-time code for one device of that member, valid for 24 hours.
 */
export function enrolmentCodeRoutes(deps: ApiDeps): Hono<StaffEnv> {
  return new Hono<StaffEnv>().post('/:memberId/enrolment-codes', requireStaff(deps), async (c) => {
    const issued = await issueEnrolmentCode(deps.db, c.req.param('memberId'), {
      now: deps.now(),
      createdBy: c.get('staff').user.id,
      ttlMs: deps.limits.enrolmentCodeTtlMs,
    });
    c.header('Cache-Control', 'no-store');
    return c.json(issued, 201);
  });
}
