import { Hono } from 'hono';
import type { DeviceList, DeviceSummary, MemberList } from '../../../core/hub-api';
import { countDevicesByMember, listMemberDevices, revokeDevice, type DeviceRow } from '../../db/queries/devices';
import { findMember, listMembers } from '../../db/queries/reference-items';
import type { ApiDeps } from '../api-deps';
import { requireStaff, type StaffEnv } from '../middleware/staff-session';
import { ProblemError } from '../problems';

/**
 * Hub staff views of members and their devices:
 * GET /api/members → MemberList; GET /api/members/:memberId/devices → DeviceList;
 * POST /api/devices/:deviceId/revoke (x-csrf-token) → 200 DeviceSummary. Revoking twice is harmless.
 */
export function memberRoutes(deps: ApiDeps): Hono<StaffEnv> {
  return new Hono<StaffEnv>()
    .get('/', requireStaff(deps), async (c) => {
      const counts = await countDevicesByMember(deps.db);
      const body: MemberList = {
        members: (await listMembers(deps.db)).map((m) => ({ ...m, devices: counts.get(m.id) ?? 0 })),
      };
      return c.json(body);
    })
    .get('/:memberId/devices', requireStaff(deps), async (c) => {
      const memberId = c.req.param('memberId');
      if (!(await findMember(deps.db, memberId))) {
        throw new ProblemError('memberNotFound', `There is no member with id '${memberId}'. Check the address.`);
      }
      const body: DeviceList = { devices: (await listMemberDevices(deps.db, memberId)).map(deviceSummary) };
      return c.json(body);
    });
}

export function deviceRoutes(deps: ApiDeps): Hono<StaffEnv> {
  return new Hono<StaffEnv>().post('/:deviceId/revoke', requireStaff(deps), async (c) => {
    const deviceId = c.req.param('deviceId');
    const device = await revokeDevice(deps.db, deviceId, c.get('staff').user.id, deps.now());
    if (!device) throw new ProblemError('deviceNotFound', `There is no device with id '${deviceId}'. Check the address.`);
    return c.json(deviceSummary(device));
  });
}

export function deviceSummary(row: DeviceRow): DeviceSummary {
  return {
    id: row.id,
    memberId: row.memberId,
    name: row.name,
    enrolledAt: row.enrolledAt.toISOString(),
    lastSeenAt: row.lastSeenAt?.toISOString() ?? null,
    lastSkewMs: row.lastSkewMs,
    revoked: row.revokedAt !== null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
