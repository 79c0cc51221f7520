import type { StaffSession } from '../../core/hub-api';
import type { Db, Queryable } from '../db/db';
import { deleteExpiredSessions, deleteSession, findLiveSession, insertSession } from '../db/queries/hub-sessions';
import { findHubUserByEmail, insertHubUser, type HubUserRow } from '../db/queries/hub-users';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from './passwords';
import { hashSecret, randomToken } from './secrets';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export interface SignedIn {
  /** The session token for the cookie; the hub keeps only its hash. */
  token: string;
  session: StaffSession;
}

/**
 * Checks the password and opens a session; undefined when the email or password is wrong or the
 * user's access has been removed (told apart from a wrong password by no one, so that sign-in
 * says nothing about which addresses exist).
 */
export async function signIn(
  db: Db,
  credentials: { email: string; password: string },
  options: { now: Date; ttlMs?: number },
): Promise<SignedIn | undefined> {
  const user = await findHubUserByEmail(db, credentials.email);
  const ok = user ? await verifyPassword(credentials.password, user.passwordHash) : await verifyAgainstDecoy(credentials.password);
  if (!user || !ok || user.deactivatedAt) return undefined;
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(options.now.getTime() + (options.ttlMs ?? SESSION_TTL_MS));
  await deleteExpiredSessions(db, options.now);
  await insertSession(db, { tokenHash: hashSecret(token), userId: user.id, csrfToken, createdAt: options.now, expiresAt });
  return {
    token,
    session: { user: { id: user.id, email: user.email, displayName: user.displayName }, csrfToken, expiresAt: expiresAt.toISOString() },
  };
}

/** The live session for a cookie's token, or undefined. */
export async function sessionFor(q: Queryable, token: string, now: Date): Promise<StaffSession | undefined> {
  const row = await findLiveSession(q, hashSecret(token), now);
  return (
    row && {
      user: { id: row.userId, email: row.email, displayName: row.displayName },
      csrfToken: row.csrfToken,
      expiresAt: row.expiresAt.toISOString(),
    }
  );
}

export async function signOut(q: Queryable, token: string): Promise<void> {
  await deleteSession(q, hashSecret(token));
}

/** Makes a hub staff user. Pass `passwordHash` to hash outside a transaction (scrypt is slow). */
export async function createStaffUser(
  q: Queryable,
  user: { email: string; displayName: string; password: string; passwordHash?: string; createdAt?: Date },
): Promise<HubUserRow> {
  const passwordHash = user.passwordHash ?? (await hashPassword(user.password));
  return insertHubUser(q, {
    email: user.email.trim(),
    displayName: user.displayName,
    passwordHash,
    ...(user.createdAt ? { createdAt: user.createdAt } : {}),
  });
}
