import type { MiddlewareHandler } from 'hono';
import { findDeviceByTokenHash } from '../../db/queries/devices';
import type { PushingDevice } from '../../services/apply-push';
import { hashSecret } from '../../services/secrets';
import type { ApiDeps } from '../api-deps';
import { ProblemError } from '../problems';
import { tooManyResponse } from './too-many';

export type DeviceEnv = { Variables: { device: PushingDevice } };

/**
 * Enrolled devices only: `Authorization: Bearer <token>` names the device and so its member, the
 * only member whose data the request may touch. Unknown and revoked tokens get 401 (the app asks
 * to enrol again and keeps its data); a device over its rate gets 429 with Retry-After.
 */
export function requireDevice(deps: ApiDeps): MiddlewareHandler<DeviceEnv> {
  return async (c, next) => {
    const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(c.req.header('Authorization') ?? '');
    if (!match) {
      throw new ProblemError('deviceNotEnrolled', 'Send the device token from enrolment as Authorization: Bearer <token>. Enrol this device first.');
    }
    const device = await findDeviceByTokenHash(deps.db, hashSecret(match[1]!));
    if (!device) throw new ProblemError('deviceNotEnrolled', 'The hub does not know this device. Enrol it again with a new code; its data stays on it.');
    if (device.revokedAt) {
      throw new ProblemError('deviceRevoked', 'The hub has removed this device. Enrol it again with a new code; its data stays on it.');
    }
    const verdict = deps.limiters.deviceRequests.take(device.id);
    if (!verdict.allowed) {
      return tooManyResponse(c, 'tooManyRequests', verdict.retryAfterSeconds, 'This device has sent too many requests.');
    }
    c.set('device', { deviceId: device.id, memberId: device.memberId });
    await next();
  };
}
