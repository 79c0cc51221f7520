import type { Queryable } from '../db';

export interface HubUserRow {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  createdAt: Date;
  /** When their access was removed (migration 0012); null while they can sign in. */
  deactivatedAt: Date | null;
}

const COLUMNS =
  'id, email, display_name as "displayName", password_hash as "passwordHash", created_at as "createdAt", deactivated_at as "deactivatedAt"';

/** The user with this address, removed or not (an address stays taken after removal). */
export async function findHubUserByEmail(q: Queryable, email: string): Promise<HubUserRow | undefined> {
  const { rows } = await q.query<HubUserRow>(`select ${COLUMNS} from hub_users where email = $1`, [email.toLowerCase()]);
  return rows[0];
}

export async function findHubUserById(q: Queryable, id: string): Promise<HubUserRow | undefined> {
  const { rows } = await q.query<HubUserRow>(`select ${COLUMNS} from hub_users where id::text = $1`, [id]);
  return rows[0];
}

/** Every hub staff user, removed ones too, in the order they were added. */
export async function listHubUsers(q: Queryable): Promise<HubUserRow[]> {
  const { rows } = await q.query<HubUserRow>(`select ${COLUMNS} from hub_users order by created_at, id`);
  return rows;
}

export async function insertHubUser(
  q: Queryable,
  user: { email: string; displayName: string; passwordHash: string; createdAt?: Date },
): Promise<HubUserRow> {
  const { rows } = await q.query<HubUserRow>(
    `insert into hub_users (email, display_name, password_hash, created_at) values ($1, $2, $3, coalesce($4::timestamptz, now()))
     returning ${COLUMNS}`,
    [user.email.toLowerCase(), user.displayName, user.passwordHash, user.createdAt?.toISOString() ?? null],
  );
  return rows[0]!;
}

export async function countHubUsers(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ n: number }>('select count(*) as n from hub_users');
  return rows[0]!.n;
}

/** The first staff user made (the one a first start creates) who can still sign in. */
export async function firstHubUser(q: Queryable): Promise<HubUserRow | undefined> {
  const { rows } = await q.query<HubUserRow>(`select ${COLUMNS} from hub_users where deactivated_at is null order by created_at, id limit 1`);
  return rows[0];
}

/**
 * A new password ends every session opened with the old one, except `keepSessionHash` (the
 * session of the person changing their own password stays signed in).
 */
export async function setHubUserPassword(q: Queryable, userId: string, passwordHash: string, keepSessionHash?: string): Promise<void> {
  await q.query('update hub_users set password_hash = $2 where id = $1', [userId, passwordHash]);
  await q.query('delete from hub_sessions where user_id = $1 and token_hash is distinct from $2', [userId, keepSessionHash ?? null]);
}

/**
 * Removes a user's access at once: marks them deactivated (the first time only) and ends all
 * their sessions. Undefined when there is no such user.
 */
export async function deactivateHubUser(q: Queryable, userId: string, by: string, at: Date): Promise<HubUserRow | undefined> {
  const { rows } = await q.query<HubUserRow>(
    `update hub_users set deactivated_at = coalesce(deactivated_at, $2), deactivated_by = coalesce(deactivated_by, $3)
      where id::text = $1 returning ${COLUMNS}`,
    [userId, at.toISOString(), by],
  );
  await q.query('delete from hub_sessions where user_id::text = $1', [userId]);
  return rows[0];
}
