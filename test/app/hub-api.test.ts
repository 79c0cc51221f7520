// The hub staff API client against a real hub in this process, through a fetch that keeps
// cookies as a browser would (the session cookie is HttpOnly; the client never reads it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEnrolmentCode,
  createHubClient,
  currentSession,
  HubApiError,
  listDevices,
  listMembers,
  revokeDevice,
  signIn,
  signOut,
  type HubClient,
} from '../../src/app/hub-api';
import { NORTH, SOUTH } from '../hub/support/fixtures';
import { STAFF } from '../hub/support/harness';
import { memoryHub, type TestHub } from './sync-support';

/** A fetch with a cookie jar: keeps what Set-Cookie says and sends it back. */
function browserLikeFetch(hub: TestHub): typeof fetch {
  const jar = new Map<string, string>();
  return (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (jar.size) headers.set('Cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await hub.fetch(`${hub.baseUrl}${String(input)}`, { ...init, headers });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = cookie.split(';');
      const [name = '', value = ''] = pair.split('=');
      const expired = attributes.some((a) => /max-age=0/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || !value) jar.delete(name.trim());
      else jar.set(name.trim(), value.trim());
    }
    return response;
  }) as typeof fetch;
}

async function failure(promise: Promise<unknown>): Promise<HubApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof HubApiError)) throw new Error(`Expected a HubApiError, got ${String(error)}`);
  return error;
}

describe('hub staff API client', () => {
  let hub: TestHub;
  let client: HubClient;

  beforeAll(async () => {
    hub = await memoryHub();
  }, 60_000);
  afterAll(() => hub?.close());

  it('knows nobody is signed in before sign-in, and refuses staff pages with "sign in"', async () => {
    client = createHubClient({ fetch: browserLikeFetch(hub) });
    await expect(currentSession(client)).resolves.toBeNull();
    const error = await failure(listMembers(client));
    expect(error.kind).toBe('sign-in-required');
    expect(error.status).toBe(401);
    expect(error.message).toBe('Sign in as hub staff to do this.');
  });

  it('tells wrong details apart from a missing session, with the hub’s words', async () => {
    const error = await failure(signIn(client, { email: STAFF.email, password: 'wrong' }));
    expect(error.kind).toBe('sign-in-failed');
    expect(error.code).toBe('401.2');
    expect(error.message).toBe('The email address or password is not right. Check them and try again.');
  });

  it('checks the answers before sending them', async () => {
    await expect(signIn(client, { email: ' ', password: 'x' })).rejects.toThrow('Enter your email address');
  });

  it('signs in, and the session survives a new client (a reload) through GET /api/auth/me', async () => {
    const session = await signIn(client, { email: STAFF.email.toUpperCase(), password: STAFF.password });
    expect(session.user.email).toBe(STAFF.email);
    const { members } = await listMembers(client);
    expect(members.map((m) => m.name)).toEqual(['Northside Advice', 'Southside Carers']);
    await expect(currentSession(client)).resolves.toMatchObject({ user: { email: STAFF.email } });
  });

  it('sends the CSRF token with changes: a client without it is refused and nothing changes', async () => {
    const fetchWithCookies = browserLikeFetch(hub);
    const signedIn = createHubClient({ fetch: fetchWithCookies });
    await signIn(signedIn, STAFF);
    const issued = await createEnrolmentCode(signedIn, NORTH);
    expect(issued).toMatchObject({ memberId: NORTH, memberName: 'Northside Advice' });
    expect(issued.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    // Same cookies, but this client never learnt the token (as a cross-site page would not).
    const forged = createHubClient({ fetch: fetchWithCookies });
    const error = await failure(createEnrolmentCode(forged, SOUTH));
    expect(error.status).toBe(403);
    expect(error.kind).toBe('refused');
  });

  it('lists a member’s devices and revokes one; revoking twice is harmless', async () => {
    const enrolled = await hub.enrol(SOUTH, 'Carers tablet');
    const before = await listDevices(client, SOUTH);
    expect(before.devices.map((d) => [d.name, d.revoked])).toEqual([['Carers tablet', false]]);
    const revoked = await revokeDevice(client, enrolled.deviceId);
    expect(revoked).toMatchObject({ id: enrolled.deviceId, revoked: true });
    await expect(revokeDevice(client, enrolled.deviceId)).resolves.toMatchObject({ revoked: true });
    const after = await listDevices(client, SOUTH);
    expect(after.devices[0]?.revoked).toBe(true);
  });

  it('says "not found" for a member that does not exist', async () => {
    const error = await failure(listDevices(client, 'm-nobody'));
    expect(error.kind).toBe('not-found');
    expect(error.message).toContain("There is no member with id 'm-nobody'");
  });

  it('signs out; signing out again is not an error, and staff pages then ask to sign in', async () => {
    const calls: string[] = [];
    client.onSignInRequired(() => calls.push('sign in'));
    await signOut(client);
    await expect(signOut(client)).resolves.toBeUndefined();
    await expect(currentSession(client)).resolves.toBeNull();
    expect((await failure(listMembers(client))).kind).toBe('sign-in-required');
    expect(calls.length).toBeGreaterThan(0);
  });
});

describe('hub staff API client when the hub cannot be reached or answers badly', () => {
  it('turns a network failure into "offline" with plain words', async () => {
    const client = createHubClient({ fetch: (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch });
    const error = await failure(listMembers(client));
    expect(error.kind).toBe('offline');
    expect(error.message).toContain('The hub could not be reached');
  });

  it('refuses an answer that does not match the core schema', async () => {
    const client = createHubClient({ fetch: (async () => Response.json({ members: [{ id: 1 }] })) as typeof fetch });
    expect((await failure(listMembers(client))).kind).toBe('hub');
    const devices = createHubClient({ fetch: (async () => Response.json({ devices: 'none' })) as typeof fetch });
    expect((await failure(listDevices(devices, NORTH))).kind).toBe('hub');
  });

  it('reads field errors from a validation problem, and a 500 without a body as "hub"', async () => {
    const problem = {
      type: 'urn:consortium-returns:problem:validation-failed',
      title: 'Some fields in the request are not valid',
      status: 400,
      detail: 'Check the reason.',
      code: '400.2',
      errors: [{ path: 'reason', message: 'Give the reason in at least 10 characters' }],
    };
    const refusing = createHubClient({
      fetch: (async () => new Response(JSON.stringify(problem), { status: 400, headers: { 'Content-Type': 'application/problem+json' } })) as typeof fetch,
    });
    const error = await failure(listMembers(refusing));
    expect(error).toMatchObject({ kind: 'refused', code: '400.2', message: 'Check the reason.' });
    expect(error.fieldErrors).toEqual({ reason: 'Give the reason in at least 10 characters' });

    const broken = createHubClient({ fetch: (async () => new Response('oops', { status: 500 })) as typeof fetch });
    expect((await failure(listMembers(broken))).kind).toBe('hub');
  });
});
