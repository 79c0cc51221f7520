// Speaks the hub API the way the app and the staff screens do. Works against an app in process
// (appFetch) and a hub listening on a port (httpFetch), so hub tests and browser tests share it.
import type { Hono } from 'hono';
import type { EnrolmentCodeIssued, StaffSession } from '../../../src/core/hub-api';
import type { EnrolResponse, PullResponse, PushRequest, PushResponse } from '../../../src/core/sync';
import { SESSION_COOKIE } from '../../../src/hub/http/middleware/session-cookie';

/** fetch with a path instead of a URL. */
export type HubFetch = (path: string, init?: RequestInit) => Promise<Response>;

/** Requests straight into the app; each seems to come from `ip` (for the rate limits). */
export function appFetch(app: Hono, ip = '192.0.2.1'): HubFetch {
  return (path, init) => Promise.resolve(app.request(path, init, { incoming: { socket: { remoteAddress: ip } } }));
}

/** Requests over HTTP to a hub at `baseUrl`, e.g. startHub's `url`. */
export function httpFetch(baseUrl: string): HubFetch {
  return (path, init) => fetch(`${baseUrl}${path}`, init);
}

export interface StaffLogin {
  /** The `Cookie` header value to send. */
  cookie: string;
  csrfToken: string;
  session: StaffSession;
}

/** Signs in as hub staff; throws with the problem if the hub says no. */
export async function signInStaff(hub: HubFetch, email: string, password: string): Promise<StaffLogin> {
  const response = await hub('/api/auth/sign-in', json('POST', { email, password }));
  if (response.status !== 200) throw new Error(`Sign-in failed: ${response.status} ${await response.text()}`);
  const setCookie = response.headers.get('set-cookie') ?? '';
  const match = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(setCookie);
  if (!match) throw new Error(`Sign-in set no session cookie: ${setCookie}`);
  const session = (await response.json()) as StaffSession;
  return { cookie: `${SESSION_COOKIE}=${match[1]}`, csrfToken: session.csrfToken, session };
}

/** Headers for a staff request: the cookie and, for changes, the CSRF token. */
export function staffHeaders(login: StaffLogin): Record<string, string> {
  return { Cookie: login.cookie, 'x-csrf-token': login.csrfToken };
}

export async function issueCode(hub: HubFetch, login: StaffLogin, memberId: string): Promise<EnrolmentCodeIssued> {
  const response = await hub(`/api/members/${encodeURIComponent(memberId)}/enrolment-codes`, {
    method: 'POST',
    headers: staffHeaders(login),
  });
  if (response.status !== 201) throw new Error(`Issuing a code failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as EnrolmentCodeIssued;
}

export async function enrolWithCode(hub: HubFetch, code: string, deviceName = 'Hall tablet'): Promise<EnrolResponse> {
  const response = await hub('/api/enrol', json('POST', { code, deviceName }));
  if (response.status !== 201) throw new Error(`Enrolment failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as EnrolResponse;
}

/** Signs in, issues a code for `memberId` and enrols a device with it. */
export async function enrolDevice(
  hub: HubFetch,
  staff: { email: string; password: string },
  memberId: string,
  deviceName?: string,
): Promise<EnrolResponse> {
  const login = await signInStaff(hub, staff.email, staff.password);
  return enrolWithCode(hub, (await issueCode(hub, login, memberId)).code, deviceName);
}

export function pushRaw(hub: HubFetch, token: string, body: unknown): Promise<Response> {
  return hub('/api/sync/push', { ...json('POST', body), headers: { ...jsonHeaders, Authorization: `Bearer ${token}` } });
}

export async function pushOk(hub: HubFetch, token: string, body: PushRequest): Promise<PushResponse> {
  const response = await pushRaw(hub, token, body);
  if (response.status !== 200) throw new Error(`Push failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as PushResponse;
}

export function pullRaw(hub: HubFetch, token: string, query = ''): Promise<Response> {
  return hub(`/api/sync/pull${query}`, { headers: { Authorization: `Bearer ${token}` } });
}

export async function pullOk(hub: HubFetch, token: string, since = '0'): Promise<PullResponse> {
  const response = await pullRaw(hub, token, `?since=${since}`);
  if (response.status !== 200) throw new Error(`Pull failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as PullResponse;
}

/** Pulls page after page until hasMore is false; all records and the last cursor. */
export async function pullAll(hub: HubFetch, token: string, since = '0'): Promise<{ pages: PullResponse[]; cursor: string }> {
  const pages: PullResponse[] = [];
  let cursor = since;
  for (;;) {
    const page = await pullOk(hub, token, cursor);
    pages.push(page);
    cursor = page.cursor;
    if (!page.hasMore) return { pages, cursor };
  }
}

const jsonHeaders = { 'Content-Type': 'application/json' };
export function json(method: string, body: unknown): RequestInit {
  return { method, headers: jsonHeaders, body: JSON.stringify(body) };
}
