import type { AddColleagueRequest, ChangePasswordRequest, ColleagueAdded, PasswordReset, TeamMember } from '../../core/hub-api';
import type { Db, Queryable } from '../db/db';
import { deactivateHubUser, findHubUserByEmail, findHubUserById, listHubUsers, setHubUserPassword, type HubUserRow } from '../db/queries/hub-users';
import { ProblemError } from '../http/problems';
import { hashPassword, verifyPassword } from './passwords';
import { hashSecret, randomPassword } from './secrets';
import { createStaffUser } from './staff-auth';

/** The hub team as the Team page shows it. */
export async function listTeam(db: Db): Promise<TeamMember[]> {
  return (await listHubUsers(db)).map(teamMember);
}

/**
 * Adds a colleague with a random temporary password (the same generator as the first staff
 * user's), returned this once. A taken address, removed users' included, changes nothing.
 */
export async function addColleague(db: Db, request: AddColleagueRequest, now: Date): Promise<ColleagueAdded> {
  const temporaryPassword = randomPassword();
  // scrypt is slow: hash before the transaction, not inside it.
  const passwordHash = await hashPassword(temporaryPassword);
  const user = await db.transaction(async (tx) => {
    if (await findHubUserByEmail(tx, request.email)) throw emailTaken(request.email);
    try {
      return await createStaffUser(tx, { ...request, password: temporaryPassword, passwordHash, createdAt: now });
    } catch (error) {
      // Two people adding the same address at once: the unique constraint decides.
      if (isUniqueViolation(error)) throw emailTaken(request.email);
      throw error;
    }
  });
  return { member: teamMember(user), temporaryPassword };
}

/**
 * Changes the signed-in person's own password after checking their current one. Every other
 * session of theirs ends; `sessionToken`'s stays signed in.
 */
export async function changeOwnPassword(db: Db, userId: string, sessionToken: string, request: ChangePasswordRequest): Promise<'changed' | 'wrong-current'> {
  const user = await findHubUserById(db, userId);
  if (!user || !(await verifyPassword(request.currentPassword, user.passwordHash))) return 'wrong-current';
  const passwordHash = await hashPassword(request.newPassword);
  await db.transaction((tx) => setHubUserPassword(tx, userId, passwordHash, hashSecret(sessionToken)));
  return 'changed';
}

/**
 * Removes a colleague's access at once (their sessions end; they cannot sign in again). Their
 * row stays, so audit trails keep their name. Removing someone already removed is harmless.
 */
export async function removeAccess(db: Db, actorId: string, userId: string, now: Date): Promise<TeamMember> {
  if (userId === actorId) {
    throw new ProblemError('cannotRemoveYourself', 'You cannot remove your own access. Ask another member of the hub team to do it.');
  }
  const user = await db.transaction((tx) => deactivateHubUser(tx, userId, actorId, now));
  if (!user) throw staffUserNotFound(userId);
  return teamMember(user);
}

/**
 * Gives a colleague who forgot their password a new random temporary one, returned this once,
 * and ends all their sessions. Not for yourself (you know your current password) nor for someone
 * whose access has been removed.
 */
export async function resetColleaguePassword(db: Db, actorId: string, userId: string): Promise<PasswordReset> {
  // Refuse before the slow hash; the transaction checks again in case they were removed meanwhile.
  await resettableUser(db, actorId, userId);
  const temporaryPassword = randomPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const user = await db.transaction(async (tx) => {
    const user = await resettableUser(tx, actorId, userId);
    await setHubUserPassword(tx, user.id, passwordHash);
    return user;
  });
  return { member: teamMember(user), temporaryPassword };
}

async function resettableUser(q: Queryable, actorId: string, userId: string): Promise<HubUserRow> {
  if (userId === actorId) {
    throw new ProblemError('cannotResetYourOwnPassword', 'You cannot reset your own password. Use “Change your password” on the Team page instead.');
  }
  const user = await findHubUserById(q, userId);
  if (!user) throw staffUserNotFound(userId);
  if (user.deactivatedAt) {
    throw new ProblemError(
      'staffUserRemoved',
      `${user.displayName}’s access has been removed, so their password cannot be reset. Removed people cannot sign in again.`,
    );
  }
  return user;
}

export function teamMember(row: HubUserRow): TeamMember {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    addedAt: row.createdAt.toISOString(),
    canSignIn: row.deactivatedAt === null,
    removedAt: row.deactivatedAt?.toISOString() ?? null,
  };
}

function staffUserNotFound(userId: string): ProblemError {
  return new ProblemError('staffUserNotFound', `There is no hub staff user with id '${userId}'. Check the address.`);
}

function emailTaken(email: string): ProblemError {
  return new ProblemError('staffEmailTaken', `${email} is already on the hub team. Use a different email address.`, [
    { path: 'email', message: 'This email address is already on the hub team' },
  ]);
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
