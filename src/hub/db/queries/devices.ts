import type { Queryable } from '../db';

export interface DeviceRow {
  id: string;
  memberId: string;
  name: string;
  enrolledAt: Date;
  lastSeenAt: Date | null;
  lastSkewMs: number | null;
  revokedAt: Date | null;
}

const COLUMNS = `id, member_id as "memberId", name, enrolled_at as "enrolledAt", last_seen_at as "lastSeenAt",
  last_skew_ms as "lastSkewMs", revoked_at as "revokedAt"`;

export async function insertDevice(
  q: Queryable,
  device: { id: string; memberId: string; name: string; tokenHash: string; enrolledAt: Date },
): Promise<void> {
  await q.query('insert into devices (id, member_id, name, token_hash, enrolled_at) values ($1, $2, $3, $4, $5)', [
    device.id,
    device.memberId,
    device.name,
    device.tokenHash,
    device.enrolledAt.toISOString(),
  ]);
}

export async function findDeviceByTokenHash(q: Queryable, tokenHash: string): Promise<DeviceRow | undefined> {
  const { rows } = await q.query<DeviceRow>(`select ${COLUMNS} from devices where token_hash = $1`, [tokenHash]);
  return rows[0];
}

export async function findDevice(q: Queryable, deviceId: string): Promise<DeviceRow | undefined> {
  const { rows } = await q.query<DeviceRow>(`select ${COLUMNS} from devices where id = $1`, [deviceId]);
  return rows[0];
}

export async function listMemberDevices(q: Queryable, memberId: string): Promise<DeviceRow[]> {
  const { rows } = await q.query<DeviceRow>(
    `select ${COLUMNS} from devices where member_id = $1 order by enrolled_at, id`,
    [memberId],
  );
  return rows;
}

export async function countDevicesByMember(q: Queryable): Promise<Map<string, number>> {
  const { rows } = await q.query<{ memberId: string; n: number }>(
    'select member_id as "memberId", count(*) as n from devices where revoked_at is null group by member_id',
  );
  return new Map(rows.map((r) => [r.memberId, r.n]));
}

/** Revokes the device (the first revocation's time and person stay); the device afterwards. */
export async function revokeDevice(q: Queryable, deviceId: string, by: string, at: Date): Promise<DeviceRow | undefined> {
  const { rows } = await q.query<DeviceRow>(
    `update devices set revoked_at = coalesce(revoked_at, $2), revoked_by = coalesce(revoked_by, $3)
      where id = $1 returning ${COLUMNS}`,
    [deviceId, at.toISOString(), by],
  );
  return rows[0];
}

/** Notes that the device synced: when (hub time) and its clock skew at that moment. */
export async function touchDevice(q: Queryable, deviceId: string, at: Date, skewMs: number | null): Promise<void> {
  await q.query('update devices set last_seen_at = $2, last_skew_ms = coalesce($3, last_skew_ms) where id = $1', [
    deviceId,
    at.toISOString(),
    skewMs,
  ]);
}
