import { Hono } from 'hono';
import { PushRequest, type PushResponse } from '../../../core/sync';
import { applyPush } from '../../services/apply-push';
import type { ApiDeps } from '../api-deps';
import { requireDevice, type DeviceEnv } from '../middleware/device-auth';
import { gunzipBody } from '../middleware/gunzip-body';
import { parseJsonBody } from '../parse-body';

/**
 * POST /api/sync/push (Authorization: Bearer <device token>; body PushRequest, JSON, optionally
 * Content-Encoding: gzip) → 200 PushResponse: one result per change, in order, and hubTime.
 * A body that does not parse changes nothing (400); the whole batch is one transaction.
 */
export function syncPushRoutes(deps: ApiDeps, maxBodyBytes: number): Hono<DeviceEnv> {
  return new Hono<DeviceEnv>().post('/', requireDevice(deps), gunzipBody(maxBodyBytes), async (c) => {
    const push = await parseJsonBody(c, PushRequest);
    const now = deps.now();
    const results = await applyPush(deps.db, c.get('device'), push, {
      now,
      ...(deps.recordFindings ? { recordFindings: deps.recordFindings } : {}),
    });
    const body: PushResponse = { hubTime: now.toISOString(), results };
    c.header('Cache-Control', 'no-store');
    return c.json(body);
  });
}
