import type { Queryable } from '../db';

export interface SessionRow {
  userId: string;
  email: string;
  displayName: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function insertSession(
  q: Queryable,
  session: { tokenHash: string; userId: string; csrfToken: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await q.query(
    'insert into hub_sessions (token_hash, user_id, csrf_token, created_at, expires_at) values ($1, $2, $3, $4, $5)',
    [session.tokenHash, session.userId, session.csrfToken, session.createdAt.toISOString(), session.expiresAt.toISOString()],
  );
}

/** The live session with this token hash, with its user; undefined if unknown or expired. */
export async function findLiveSession(q: Queryable, tokenHash: string, now: Date): Promise<SessionRow | undefined> {
  const { rows } = await q.query<SessionRow>(
    `select s.user_id as "userId", u.email, u.display_name as "displayName",
            s.csrf_token as "csrfToken", s.expires_at as "expiresAt"
       from hub_sessions s join hub_users u on u.id = s.user_id
      where s.token_hash = $1 and s.expires_at > $2 and u.deactivated_at is null`,
    [tokenHash, now.toISOString()],
  );
  return rows[0];
}

export async function deleteSession(q: Queryable, tokenHash: string): Promise<void> {
  await q.query('delete from hub_sessions where token_hash = $1', [tokenHash]);
}

export async function deleteExpiredSessions(q: Queryable, now: Date): Promise<void> {
  await q.query('delete from hub_sessions where expires_at <= $1', [now.toISOString()]);
}
