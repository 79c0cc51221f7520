import { Hono } from 'hono';
import { z } from 'zod';
import { PullQuery } from '../../../core/sync';
import { pullChanges } from '../../services/pull';
import type { ApiDeps } from '../api-deps';
import { requireDevice, type DeviceEnv } from '../middleware/device-auth';
import { ProblemError } from '../problems';

/** Only `since`: a query naming a member or anything else is refused, not ignored. */
const StrictPullQuery = z.strictObject(PullQuery.shape);

/**
 * GET /api/sync/pull?since=<cursor> (Authorization: Bearer <device token>) → 200 PullResponse
 * for the token's member only. A malformed cursor (400.2) or one ahead of the hub (400.3) is refused.
 */
export function syncPullRoutes(deps: ApiDeps): Hono<DeviceEnv> {
  return new Hono<DeviceEnv>().get('/', requireDevice(deps), async (c) => {
    const parsed = StrictPullQuery.safeParse(c.req.query());
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.') || 'query', message: i.message }));
      throw new ProblemError(
        'validationFailed',
        `The query is not valid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}.`,
        errors,
      );
    }
    const body = await pullChanges(deps.db, c.get('device'), Number(parsed.data.since), {
      now: deps.now(),
      pageSize: deps.limits.pullPageSize,
    });
    c.header('Cache-Control', 'no-store');
    return c.json(body);
  });
}
