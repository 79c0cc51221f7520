// DESIGN §6: anything that is not a valid request gets a 4xx problem+json and changes nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnrolRequest, PushRequest, type EnrolResponse } from '../../src/core/sync';
import { SignInRequest } from '../../src/core/hub-api';
import { NORTH, contact, push, upsert, volunteerHours, people } from './support/fixtures';
import { openHarness, type Harness } from './support/harness';
import type { HubFetch } from './support/hub-client';
import { snapshotTables } from './support/snapshot';

let h: Harness;
let north: EnrolResponse;
beforeAll(async () => {
  h = await openHarness();
  north = await h.device(NORTH);
});
afterAll(() => h.close());

const RUNS = 60;

/** Sends `body` as JSON text to `path`; asserts a 4xx problem and that no table changed. */
async function refusedWithoutChange(hub: HubFetch, path: string, body: string, headers: Record<string, string> = {}) {
  const before = await snapshotTables(h.db);
  const response = await hub(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  const problem = (await response.json()) as { detail: string; code: string };
  expect(problem.detail.length).toBeGreaterThan(10);
  expect(await snapshotTables(h.db)).toEqual(before);
}

/** Any JSON value, or text that is not JSON at all. */
const anyBody = fc.oneof(
  fc.anything().map((v) => JSON.stringify(v) ?? 'undefined'),
  fc.json(),
  fc.string(),
  fc.constant(''),
);

/** A valid push, then one random damage: a field dropped, replaced, or a wrong type. */
const damagedPush = fc
  .record({
    which: fc.nat(2),
    path: fc.constantFrom('', 'data', 'data.type', 'data.clientRef', 'data.memberId', 'data.hours', 'data.version', 'version', 'baseVersion', 'op', 'changeId', 'entityId', 'personId', 'deviceTime', 'entity'),
    action: fc.constantFrom('drop', 'replace'),
    value: fc.oneof(fc.anything(), fc.constant(null), fc.string(), fc.integer(), fc.double()),
  })
  .map(({ which, path, action, value }) => {
    const body = JSON.parse(
      JSON.stringify(push(upsert(contact(NORTH)), upsert(volunteerHours(NORTH, people(NORTH).volunteer)), upsert(contact(NORTH)))),
    ) as { changes: Record<string, unknown>[] };
    let target: Record<string, unknown> = body.changes[which]!;
    const keys = path === '' ? [] : path.split('.');
    const last = keys.pop();
    for (const key of keys) target = target[key] as Record<string, unknown>;
    if (last === undefined) return action === 'drop' ? { deviceTime: 'x' } : { ...body, changes: value };
    if (action === 'drop') delete target[last];
    else target[last] = value;
    return body;
  });

describe('malformed bodies, fuzzed', () => {
  it('POST /api/sync/push', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyBody, damagedPush.map((b) => JSON.stringify(b))), async (body) => {
        fc.pre(!PushRequest.safeParse(safeJson(body)).success);
        await refusedWithoutChange(h.hub, '/api/sync/push', body, { Authorization: `Bearer ${north.token}` });
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('POST /api/enrol', async () => {
    await fc.assert(
      fc.asyncProperty(anyBody, async (body) => {
        fc.pre(!EnrolRequest.safeParse(safeJson(body)).success);
        await refusedWithoutChange(h.hub, '/api/enrol', body);
      }),
      { numRuns: RUNS },
    );
  });

  it('POST /api/auth/sign-in', async () => {
    await fc.assert(
      fc.asyncProperty(anyBody, async (body) => {
        fc.pre(!SignInRequest.safeParse(safeJson(body)).success);
        await refusedWithoutChange(h.hub, '/api/auth/sign-in', body);
      }),
      { numRuns: RUNS },
    );
  });

  it('GET /api/sync/pull with any query', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string({ minLength: 1 }), fc.string()), async (params) => {
        const query = new URLSearchParams(params).toString();
        fc.pre(!/^since=\d{1,19}$/.test(query) && query !== '');
        const before = await snapshotTables(h.db, ['records', 'reference_items', 'change_head']);
        const response = await h.hub(`/api/sync/pull?${query}`, { headers: { Authorization: `Bearer ${north.token}` } });
        expect([400]).toContain(response.status);
        expect(response.headers.get('Content-Type')).toBe('application/problem+json');
        expect(await snapshotTables(h.db, ['records', 'reference_items', 'change_head'])).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('staff routes with a session, whatever the body', async () => {
    const login = await h.staff();
    await fc.assert(
      fc.asyncProperty(anyBody, fc.constantFrom('/api/members/m-nobody/enrolment-codes', '/api/devices/nobody/revoke'), async (body, path) => {
        await refusedWithoutChange(h.hub, path, body, { Cookie: login.cookie, 'x-csrf-token': login.csrfToken });
      }),
      { numRuns: RUNS / 2 },
    );
  });
});

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return Symbol('not JSON');
  }
}
