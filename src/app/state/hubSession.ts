import { signal } from '@preact/signals';
import type { StaffSession } from '../../core/hub-api';
import { createHubClient, currentSession, signIn, signOut, type HubClient } from '../hub-api';

/** The staff API client the hub pages use (same origin, the browser's cookie jar). */
export const hubClient: HubClient = createHubClient();

/**
 * Who is signed in to the hub pages: undefined until asked (GET /api/auth/me), null when nobody.
 * Kept only in memory: the session itself is an HttpOnly cookie the page cannot read.
 */
export const staffSession = signal<StaffSession | null | undefined>(undefined);

/** Why the person was sent to the sign-in page, shown there once ("You have signed out"). */
export const signInNotice = signal<string | null>(null);

hubClient.onSignInRequired(() => {
  if (staffSession.value) signInNotice.value = 'Your session has ended. Sign in again to carry on.';
  staffSession.value = null;
});

let checking: Promise<StaffSession | null> | undefined;

/** Asks the hub whether this browser is signed in (once at a time); throws HubApiError when offline. */
export function checkStaffSession(client: HubClient = hubClient): Promise<StaffSession | null> {
  checking ??= currentSession(client)
    .then((session) => {
      staffSession.value = session;
      return session;
    })
    .finally(() => {
      checking = undefined;
    });
  return checking;
}

export async function signInStaff(credentials: { email: string; password: string }, client: HubClient = hubClient): Promise<StaffSession> {
  const session = await signIn(client, credentials);
  signInNotice.value = null;
  staffSession.value = session;
  return session;
}

export async function signOutStaff(client: HubClient = hubClient): Promise<void> {
  await signOut(client);
  staffSession.value = null;
  signInNotice.value = 'You have signed out.';
}
