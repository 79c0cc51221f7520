import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeviceList, MemberList, type DeviceSummary } from '../../src/core/hub-api';
import type { ProblemDetails } from '../../src/hub/http/problems';
import { NORTH, SOUTH, contact, push, upsert } from './support/fixtures';
import { openHarness, type Harness } from './support/harness';
import { pullRaw, pushOk, pushRaw, staffHeaders, type StaffLogin } from './support/hub-client';
import { snapshotTables } from './support/snapshot';

let h: Harness;
let login: StaffLogin;
beforeAll(async () => {
  h = await openHarness();
  login = await h.staff();
});
afterAll(() => h.close());

const problem = async (response: Response) => {
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  return (await response.json()) as ProblemDetails;
};
const listDevices = async (memberId: string) => {
  const response = await h.hub(`/api/members/${memberId}/devices`, { headers: { Cookie: login.cookie } });
  expect(response.status).toBe(200);
  return DeviceList.parse(await response.json()).devices;
};
const revoke = (deviceId: string, headers: Record<string, string> = staffHeaders(login)) =>
  h.hub(`/api/devices/${deviceId}/revoke`, { method: 'POST', headers });

describe('GET /api/members/:memberId/devices', () => {
  it('lists a member’s devices only, with when each enrolled and was last seen', async () => {
    const tablet = await h.device(NORTH, 'Hall tablet');
    await h.device(SOUTH, 'Office laptop');
    h.clock.advance(60_000);
    await pushOk(h.hub, tablet.token, { ...push(upsert(contact(NORTH))), deviceTime: new Date(h.clock.now().getTime() + 5_000).toISOString() });

    const devices = await listDevices(NORTH);
    expect(devices).toEqual<DeviceSummary[]>([
      {
        id: tablet.deviceId,
        memberId: NORTH,
        name: 'Hall tablet',
        enrolledAt: new Date(h.clock.now().getTime() - 60_000).toISOString(),
        lastSeenAt: h.clock.now().toISOString(),
        lastSkewMs: 5_000,
        revoked: false,
        revokedAt: null,
      },
    ]);
    expect((await listDevices(SOUTH)).map((d) => d.name)).toEqual(['Office laptop']);
  });

  it('needs a staff session, and answers 404 for an unknown member', async () => {
    expect(await problem(await h.hub(`/api/members/${NORTH}/devices`))).toMatchObject({ code: '401.1' });
    const unknown = await h.hub('/api/members/m-nobody/devices', { headers: { Cookie: login.cookie } });
    expect(await problem(unknown)).toMatchObject({ status: 404, code: '404.2' });
  });
});

describe('GET /api/members', () => {
  it('lists the members with how many devices each has enrolled', async () => {
    const response = await h.hub('/api/members', { headers: { Cookie: login.cookie } });
    const { members } = MemberList.parse(await response.json());
    expect(members.map((m) => m.id)).toEqual([NORTH, SOUTH]);
    expect(members[0]!.devices).toBe((await listDevices(NORTH)).filter((d) => !d.revoked).length);
  });
});

describe('POST /api/devices/:deviceId/revoke', () => {
  it('revokes a device: its token then gets 401 device-revoked on every sync route, and its records stay', async () => {
    const tablet = await h.device(NORTH, 'Lost tablet');
    await pushOk(h.hub, tablet.token, push(upsert(contact(NORTH))));
    const response = await revoke(tablet.deviceId);
    expect(response.status).toBe(200);
    const summary = (await response.json()) as DeviceSummary;
    expect(summary).toMatchObject({ id: tablet.deviceId, revoked: true, revokedAt: h.clock.now().toISOString() });

    const before = await snapshotTables(h.db);
    for (const answer of [await pushRaw(h.hub, tablet.token, push(upsert(contact(NORTH)))), await pullRaw(h.hub, tablet.token)]) {
      expect(await problem(answer)).toMatchObject({ status: 401, code: '401.4' });
    }
    expect(await snapshotTables(h.db)).toEqual(before);
    expect((await listDevices(NORTH)).find((d) => d.id === tablet.deviceId)?.revoked).toBe(true);
  });

  it('is harmless twice: the first revocation’s time stays', async () => {
    const tablet = await h.device(SOUTH);
    const first = (await (await revoke(tablet.deviceId)).json()) as DeviceSummary;
    h.clock.advance(1000);
    const second = (await (await revoke(tablet.deviceId)).json()) as DeviceSummary;
    expect(second.revokedAt).toBe(first.revokedAt);
  });

  it('needs the CSRF token, and answers 404 for an unknown device', async () => {
    const tablet = await h.device(SOUTH);
    expect(await problem(await revoke(tablet.deviceId, { Cookie: login.cookie }))).toMatchObject({ status: 403, code: '403.1' });
    expect(await problem(await revoke(tablet.deviceId, {}))).toMatchObject({ status: 401, code: '401.1' });
    expect((await listDevices(SOUTH)).find((d) => d.id === tablet.deviceId)?.revoked).toBe(false);
    expect(await problem(await revoke('no-such-device'))).toMatchObject({ status: 404, code: '404.3' });
  });
});

describe('device tokens', () => {
  it('answer 401 device-not-enrolled when missing, malformed or unknown', async () => {
    const attempts = [
      await h.hub('/api/sync/pull'),
      await h.hub('/api/sync/pull', { headers: { Authorization: 'Basic abc' } }),
      await h.hub('/api/sync/pull', { headers: { Authorization: 'Bearer short' } }),
      await pullRaw(h.hub, 'A'.repeat(43)),
      await pushRaw(h.hub, 'A'.repeat(43), push(upsert(contact(NORTH)))),
    ];
    for (const answer of attempts) expect(await problem(answer)).toMatchObject({ status: 401, code: '401.3' });
  });
});
