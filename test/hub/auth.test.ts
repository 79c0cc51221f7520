import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StaffSession } from '../../src/core/hub-api';
import type { ProblemDetails } from '../../src/hub/http/problems';
import { openHarness, STAFF, type Harness } from './support/harness';
import { appFetch, json, signInStaff } from './support/hub-client';
import { snapshotTables } from './support/snapshot';

let h: Harness;
afterEach(() => h.close());

const problem = async (response: Response) => {
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  return (await response.json()) as ProblemDetails;
};
const signIn = (email: string, password: string, hub = h.hub) => hub('/api/auth/sign-in', json('POST', { email, password }));

describe('POST /api/auth/sign-in', () => {
  beforeEach(async () => {
    h = await openHarness();
  });

  it('opens a session: an HttpOnly, SameSite=Strict cookie for /api and a CSRF token', async () => {
    const response = await signIn(STAFF.email, STAFF.password);
    expect(response.status).toBe(200);
    const body = (await response.json()) as StaffSession;
    expect(body.user).toMatchObject({ email: STAFF.email, displayName: 'Hub Staff' });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(body.expiresAt) - h.clock.now().getTime()).toBe(12 * 60 * 60 * 1000);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^cr_hub_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/api');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });

  it('stores only a hash of the session token', async () => {
    const login = await signInStaff(h.hub, STAFF.email, STAFF.password);
    const token = login.cookie.split('=')[1]!;
    const { rows } = await h.db.query<{ token_hash: string }>('select token_hash from hub_sessions');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('marks the cookie Secure unless the hub is reached over plain http on this machine', async () => {
    const secureCookie = async (url: string) => {
      const response = await h.app.request(url, json('POST', STAFF));
      expect(response.status).toBe(200);
      return /;\s*Secure/i.test(response.headers.get('set-cookie')!);
    };
    expect(await secureCookie('http://localhost:8787/api/auth/sign-in')).toBe(false);
    expect(await secureCookie('http://127.0.0.1:8787/api/auth/sign-in')).toBe(false);
    expect(await secureCookie('http://[::1]:8787/api/auth/sign-in')).toBe(false);
    expect(await secureCookie('https://localhost/api/auth/sign-in')).toBe(true);
    expect(await secureCookie('https://returns.example.org/api/auth/sign-in')).toBe(true);
    expect(await secureCookie('http://192.168.1.20:8787/api/auth/sign-in')).toBe(true);
  });

  it('accepts the email address with any capitals and spaces around it', async () => {
    expect((await signIn('  Staff@HUB.example ', STAFF.password)).status).toBe(200);
  });

  it('gives the same 401 problem for a wrong password and an unknown address, and opens no session', async () => {
    const wrongPassword = await problem(await signIn(STAFF.email, 'not the password'));
    const unknownEmail = await problem(await signIn('nobody@hub.example', STAFF.password));
    expect(wrongPassword).toMatchObject({ status: 401, code: '401.2' });
    expect({ ...unknownEmail, instance: undefined }).toEqual({ ...wrongPassword, instance: undefined });
    expect((await h.db.query('select 1 from hub_sessions')).rowCount).toBe(0);
  });

  it('names the missing field of a malformed body', async () => {
    const body = await problem(await h.hub('/api/auth/sign-in', json('POST', { email: STAFF.email })));
    expect(body.code).toBe('400.2');
    expect(body.errors).toEqual([{ path: 'password', message: expect.any(String) }]);
  });
});

describe('sign-in limits', () => {
  it('refuses an address after 5 failures in 15 minutes, even with the right password, then lets it in again', async () => {
    h = await openHarness({ limits: { signInFailuresPerEmail: 5 } });
    for (let i = 0; i < 5; i++) expect((await signIn(STAFF.email, `guess ${i}`)).status).toBe(401);
    const limited = await signIn(STAFF.email, STAFF.password);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBe(15 * 60);
    expect(await problem(limited)).toMatchObject({ code: '429.1' });
    // Another address is not affected.
    expect((await signIn('other@hub.example', 'x')).status).toBe(401);
    h.clock.advance(15 * 60 * 1000 + 1);
    expect((await signIn(STAFF.email, STAFF.password)).status).toBe(200);
  });

  it('limits attempts from one address on the network, whatever email they try', async () => {
    h = await openHarness({ limits: { signInAttemptsPerIp: 3 } });
    const fromOneIp = appFetch(h.app, '203.0.113.9');
    for (let i = 0; i < 3; i++) expect((await signIn(`person${i}@hub.example`, 'x', fromOneIp)).status).toBe(401);
    const limited = await signIn(STAFF.email, STAFF.password, fromOneIp);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBeTruthy();
    expect((await signIn(STAFF.email, STAFF.password, appFetch(h.app, '203.0.113.10'))).status).toBe(200);
  });
});

describe('GET /api/auth/me and POST /api/auth/sign-out', () => {
  beforeEach(async () => {
    h = await openHarness({ limits: { sessionTtlMs: 60 * 60 * 1000 } });
  });

  it('says who is signed in, with the CSRF token, until the session expires', async () => {
    const login = await h.staff();
    const me = await h.hub('/api/auth/me', { headers: { Cookie: login.cookie } });
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual(login.session);
    h.clock.advance(60 * 60 * 1000);
    const expired = await problem(await h.hub('/api/auth/me', { headers: { Cookie: login.cookie } }));
    expect(expired).toMatchObject({ status: 401, code: '401.1', detail: 'Your session has ended. Sign in again.' });
  });

  it('answers 401 without a cookie or with a made-up one', async () => {
    expect(await problem(await h.hub('/api/auth/me'))).toMatchObject({ code: '401.1' });
    expect(await problem(await h.hub('/api/auth/me', { headers: { Cookie: 'cr_hub_session=made-up' } }))).toMatchObject({ code: '401.1' });
  });

  it('signs out only with the CSRF token; afterwards the cookie is worthless', async () => {
    const login = await h.staff();
    const before = await snapshotTables(h.db, ['hub_sessions']);
    const withoutToken = await h.hub('/api/auth/sign-out', { method: 'POST', headers: { Cookie: login.cookie } });
    expect(await problem(withoutToken)).toMatchObject({ status: 403, code: '403.1' });
    const wrongToken = await h.hub('/api/auth/sign-out', {
      method: 'POST',
      headers: { Cookie: login.cookie, 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrongToken.status).toBe(403);
    expect(await snapshotTables(h.db, ['hub_sessions'])).toEqual(before);

    const out = await h.hub('/api/auth/sign-out', { method: 'POST', headers: { Cookie: login.cookie, 'x-csrf-token': login.csrfToken } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/cr_hub_session=;.*Max-Age=0/);
    expect((await h.hub('/api/auth/me', { headers: { Cookie: login.cookie } })).status).toBe(401);
  });

  it('keeps each session’s CSRF token to that session', async () => {
    const first = await h.staff();
    const second = await h.staff();
    expect(first.csrfToken).not.toBe(second.csrfToken);
    const crossed = await h.hub('/api/auth/sign-out', { method: 'POST', headers: { Cookie: first.cookie, 'x-csrf-token': second.csrfToken } });
    expect(crossed.status).toBe(403);
  });
});
