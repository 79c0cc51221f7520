import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'cr_hub_session';

/**
 * The session cookie is HttpOnly, SameSite=Strict, sent only to /api, and Secure — except when
 * the hub is reached over plain http on this machine (localhost, 127.x, ::1): browsers drop a
 * Secure cookie set over plain http, so `npm start` on a laptop could not sign in otherwise.
 * Elsewhere plain http gets a Secure cookie the browser will not keep: serve the hub over
 * HTTPS (a TLS proxy in front) for staff to sign in from other machines.
 */
export function setSessionCookie(c: Context, token: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    secure: cookieMustBeSecure(c),
    sameSite: 'Strict',
    path: '/api',
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/api', secure: cookieMustBeSecure(c), httpOnly: true, sameSite: 'Strict' });
}

export function sessionToken(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE) || undefined;
}

export function cookieMustBeSecure(c: Context): boolean {
  const url = new URL(c.req.url);
  if (url.protocol === 'https:') return true;
  return !isLoopback(url.hostname);
}

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
