import { SignInRequest, StaffSession } from '../../core/hub-api';
import type { HubClient } from './client';
import { checked, HubApiError } from './problem';

/** POST /api/auth/sign-in. Keeps the session's CSRF token in the client for later changes. */
export async function signIn(client: HubClient, credentials: { email: string; password: string }): Promise<StaffSession> {
  const request = checked(SignInRequest, credentials);
  const session = await client.send('POST', '/api/auth/sign-in', StaffSession, request);
  client.setCsrfToken(session.csrfToken);
  return session;
}

/** GET /api/auth/me: the session this browser has, or null when it is not signed in. */
export async function currentSession(client: HubClient): Promise<StaffSession | null> {
  try {
    const session = await client.get('/api/auth/me', StaffSession);
    client.setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof HubApiError && error.kind === 'sign-in-required') {
      client.setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** POST /api/auth/sign-out. Signing out of a session that already ended is not an error. */
export async function signOut(client: HubClient): Promise<void> {
  try {
    await client.sendNoContent('POST', '/api/auth/sign-out');
  } catch (error) {
    if (!(error instanceof HubApiError && error.kind === 'sign-in-required')) throw error;
  } finally {
    client.setCsrfToken(null);
  }
}
