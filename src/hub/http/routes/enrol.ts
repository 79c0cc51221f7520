import { Hono } from 'hono';
import { EnrolRequest } from '../../../core/sync';
import { enrolDevice } from '../../services/enrolment';
import type { ApiDeps } from '../api-deps';
import { clientIp } from '../middleware/client-ip';
import { tooManyResponse } from '../middleware/too-many';
import { parseJsonBody } from '../parse-body';
import { ProblemError } from '../problems';

/**
 * POST /api/enrol {code, deviceName} (no auth) → 201 EnrolResponse: the device's id and token
 * and its member's share of the reference data. Unknown (400.4), used (409.1) and expired
 * (410.1) codes are told apart; failures per IP are limited (429.2).
 */
export function enrolRoutes(deps: ApiDeps): Hono {
  const limiter = deps.limiters.enrolByIp;
  return new Hono().post('/', async (c) => {
    const ip = clientIp(c);
    const verdict = limiter.check(ip);
    if (!verdict.allowed) {
      return tooManyResponse(c, 'tooManyEnrolAttempts', verdict.retryAfterSeconds, 'There have been too many failed enrolments from this network.');
    }
    try {
      const request = await parseJsonBody(c, EnrolRequest);
      const enrolled = await enrolDevice(deps.db, request, deps.now());
      c.header('Cache-Control', 'no-store');
      return c.json(enrolled, 201);
    } catch (error) {
      if (error instanceof ProblemError) limiter.hit(ip);
      throw error;
    }
  });
}
