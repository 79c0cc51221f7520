import type { Queryable } from '../db';

export async function insertEnrolmentCode(
  q: Queryable,
  code: { codeHash: string; memberId: string; createdBy: string | null; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await q.query(
    'insert into enrolment_codes (code_hash, member_id, created_by, created_at, expires_at) values ($1, $2, $3, $4, $5)',
    [code.codeHash, code.memberId, code.createdBy, code.createdAt.toISOString(), code.expiresAt.toISOString()],
  );
}

/**
 * Marks the code used by `deviceId` if it is unused and unexpired, in one statement: of two
 * devices racing with the same code, the second waits for the first's row lock, then finds it
 * used. Returns the code's member, or undefined when it could not be used.
 */
export async function useEnrolmentCode(
  q: Queryable,
  codeHash: string,
  deviceId: string,
  now: Date,
): Promise<{ memberId: string } | undefined> {
  const { rows } = await q.query<{ memberId: string }>(
    `update enrolment_codes set used_at = $3, device_id = $2
      where code_hash = $1 and used_at is null and expires_at > $3
      returning member_id as "memberId"`,
    [codeHash, deviceId, now.toISOString()],
  );
  return rows[0];
}

/** Why a code could not be used: it is unknown, already used or expired. */
export async function enrolmentCodeState(q: Queryable, codeHash: string, now: Date): Promise<'unknown' | 'used' | 'expired'> {
  const { rows } = await q.query<{ usedAt: Date | null; expiresAt: Date }>(
    'select used_at as "usedAt", expires_at as "expiresAt" from enrolment_codes where code_hash = $1',
    [codeHash],
  );
  const row = rows[0];
  if (!row) return 'unknown';
  if (row.usedAt) return 'used';
  return row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'unknown';
}
