import { AddColleagueRequest, ChangePasswordRequest, ColleagueAdded, PasswordReset, TeamList, TeamMember } from '../../core/hub-api';
import type { HubClient } from './client';
import { checked } from './problem';

/** GET /api/staff: every hub staff user, removed ones too. */
export function listTeam(client: HubClient): Promise<TeamList> {
  return client.get('/api/staff', TeamList);
}

/** POST /api/staff: the colleague and their temporary password, which the hub never shows again. */
export function addColleague(client: HubClient, request: AddColleagueRequest): Promise<ColleagueAdded> {
  return client.send('POST', '/api/staff', ColleagueAdded, checked(AddColleagueRequest, request));
}

/** POST /api/staff/:userId/remove: their sessions end at once and they cannot sign in again. */
export function removeColleague(client: HubClient, userId: string): Promise<TeamMember> {
  return client.send('POST', `/api/staff/${encodeURIComponent(userId)}/remove`, TeamMember);
}

/** POST /api/staff/:userId/reset-password: a new temporary password, shown once; their sessions end. */
export function resetPassword(client: HubClient, userId: string): Promise<PasswordReset> {
  return client.send('POST', `/api/staff/${encodeURIComponent(userId)}/reset-password`, PasswordReset);
}

/** POST /api/auth/password: the signed-in person's own password; their other sessions end. */
export function changePassword(client: HubClient, request: ChangePasswordRequest): Promise<void> {
  return client.sendNoContent('POST', '/api/auth/password', checked(ChangePasswordRequest, request));
}
