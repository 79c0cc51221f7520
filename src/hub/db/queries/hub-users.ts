import type { Queryable } from '../db';

export interface HubUserRow {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
}

const COLUMNS = 'id, email, display_name as "displayName", password_hash as "passwordHash"';

export async function findHubUserByEmail(q: Queryable, email: string): Promise<HubUserRow | undefined> {
  const { rows } = await q.query<HubUserRow>(`select ${COLUMNS} from hub_users where email = $1`, [email.toLowerCase()]);
  return rows[0];
}

export async function insertHubUser(
  q: Queryable,
  user: { email: string; displayName: string; passwordHash: string },
): Promise<HubUserRow> {
  const { rows } = await q.query<HubUserRow>(
    `insert into hub_users (email, display_name, password_hash) values ($1, $2, $3) returning ${COLUMNS}`,
    [user.email.toLowerCase(), user.displayName, user.passwordHash],
  );
  return rows[0]!;
}

export async function countHubUsers(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ n: number }>('select count(*) as n from hub_users');
  return rows[0]!.n;
}

/** The first staff user made (the one a first start creates). */
export async function firstHubUser(q: Queryable): Promise<HubUserRow | undefined> {
  const { rows } = await q.query<HubUserRow>(`select ${COLUMNS} from hub_users order by created_at, id limit 1`);
  return rows[0];
}

export async function setHubUserPassword(q: Queryable, userId: string, passwordHash: string): Promise<void> {
  await q.query('update hub_users set password_hash = $2 where id = $1', [userId, passwordHash]);
  // A new password ends every session opened with the old one.
  await q.query('delete from hub_sessions where user_id = $1', [userId]);
}
