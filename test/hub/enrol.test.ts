import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENROLMENT_ALPHABET, EnrolResponse } from '../../src/core/sync';
import type { ProblemDetails } from '../../src/hub/http/problems';
import { NORTH, SOUTH } from './support/fixtures';
import { openHarness, type Harness } from './support/harness';
import { appFetch, enrolWithCode, issueCode, json, type StaffLogin } from './support/hub-client';
import { snapshotTables } from './support/snapshot';

let h: Harness;
let login: StaffLogin;
beforeAll(async () => {
  h = await openHarness({ limits: { enrolFailuresPerIp: 3 } });
  login = await h.staff();
});
afterAll(() => h.close());

const problem = async (response: Response) => {
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  return (await response.json()) as ProblemDetails;
};
/** Each test enrols from an address of its own, so the failure limit of one does not touch another. */
let ipCounter = 0;
const fromNewIp = () => appFetch(h.app, `198.51.100.${++ipCounter}`);
const enrol = (code: string, hub = fromNewIp()) => hub('/api/enrol', json('POST', { code, deviceName: 'Hall tablet 1' }));

describe('POST /api/members/:memberId/enrolment-codes', () => {
  it('issues a one-time code of 8 characters from the enrolment alphabet, valid for 24 hours, stored hashed', async () => {
    const issued = await issueCode(h.hub, login, NORTH);
    expect(issued).toEqual({
      code: expect.stringMatching(new RegExp(`^[${ENROLMENT_ALPHABET}]{4}-[${ENROLMENT_ALPHABET}]{4}$`)),
      memberId: NORTH,
      memberName: 'Northside Advice',
      expiresAt: new Date(h.clock.now().getTime() + 24 * 60 * 60 * 1000).toISOString(),
    });
    const stored = await h.db.query('select * from enrolment_codes');
    expect(JSON.stringify(stored.rows)).not.toContain(issued.code);
    expect(JSON.stringify(stored.rows)).not.toContain(issued.code.replace('-', ''));
  });

  it('gives different codes each time', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 20; i++) codes.add((await issueCode(h.hub, login, SOUTH)).code);
    expect(codes.size).toBe(20);
  });

  it('needs a signed-in hub staff member with the CSRF token', async () => {
    const before = await snapshotTables(h.db, ['enrolment_codes']);
    const path = `/api/members/${NORTH}/enrolment-codes`;
    expect(await problem(await h.hub(path, { method: 'POST' }))).toMatchObject({ status: 401, code: '401.1' });
    expect(await problem(await h.hub(path, { method: 'POST', headers: { Cookie: login.cookie } }))).toMatchObject({ status: 403, code: '403.1' });
    expect(await snapshotTables(h.db, ['enrolment_codes'])).toEqual(before);
  });

  it('answers 404 for a member that does not exist', async () => {
    const response = await h.hub('/api/members/m-nobody/enrolment-codes', { method: 'POST', headers: { Cookie: login.cookie, 'x-csrf-token': login.csrfToken } });
    expect(await problem(response)).toMatchObject({ status: 404, code: '404.2' });
  });
});

describe('POST /api/enrol', () => {
  it('exchanges a code, however it is typed, for a device token and the member’s share only', async () => {
    const { code } = await issueCode(h.hub, login, NORTH);
    const response = await enrol(code.toLowerCase().replace('-', ' '));
    expect(response.status).toBe(201);
    const body = EnrolResponse.parse(await response.json());
    expect(body.memberId).toBe(NORTH);
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.hubTime).toBe(h.clock.now().toISOString());
    expect(body.reference.members.map((m) => m.id)).toEqual([NORTH]);
    expect(body.reference.subContracts.map((s) => s.memberId)).toEqual([NORTH]);
    expect(body.reference.people.every((p) => p.memberId === NORTH)).toBe(true);
    expect(body.reference.profiles.map((p) => p.id)).toEqual([`profile-${NORTH}`]);
    expect(body.reference.primeContracts.map((p) => p.id)).toEqual(['pc-wellbeing']);
    expect(JSON.stringify(body.reference)).not.toContain(SOUTH);

    const device = await h.db.query<{ member_id: string; name: string; token_hash: string }>('select * from devices where id = $1', [body.deviceId]);
    expect(device.rows[0]).toMatchObject({ member_id: NORTH, name: 'Hall tablet 1' });
    expect(device.rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(device.rows)).not.toContain(body.token);
  });

  it('uses a code once: the second device is told it was used, and no second device exists', async () => {
    const { code } = await issueCode(h.hub, login, NORTH);
    await enrolWithCode(fromNewIp(), code);
    const before = await snapshotTables(h.db, ['devices', 'enrolment_codes']);
    const again = await problem(await enrol(code));
    expect(again).toMatchObject({ status: 409, code: '409.1' });
    expect(again.detail).toContain('already been used');
    expect(await snapshotTables(h.db, ['devices', 'enrolment_codes'])).toEqual(before);
  });

  it('lets only one of two devices racing with one code enrol', async () => {
    const { code } = await issueCode(h.hub, login, SOUTH);
    const before = (await h.db.query('select 1 from devices')).rowCount;
    const answers = await Promise.all([enrol(code), enrol(code), enrol(code)]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    expect((await h.db.query('select 1 from devices')).rowCount).toBe(before + 1);
  });

  it('refuses a code after its 24 hours, saying it expired', async () => {
    const { code } = await issueCode(h.hub, login, NORTH);
    const { code: second } = await issueCode(h.hub, login, NORTH);
    h.clock.advance(24 * 60 * 60 * 1000 - 1);
    expect((await enrol(code)).status).toBe(201); // one millisecond to spare
    h.clock.advance(1);
    const expired = await problem(await enrol(second));
    expect(expired).toMatchObject({ status: 410, code: '410.1' });
    login = await h.staff(); // the session ended too
  });

  it('says an unknown code is not recognised, without naming any member', async () => {
    const unknown = await problem(await enrol('ABCD-EFGH'));
    expect(unknown).toMatchObject({ status: 400, code: '400.4' });
    expect(unknown.detail).not.toMatch(/north|south/i);
  });

  it('names the field of a malformed request', async () => {
    const body = await problem(await fromNewIp()('/api/enrol', json('POST', { code: 'ABCD-EFG0', deviceName: '' })));
    expect(body.code).toBe('400.2');
    expect(body.errors!.map((e) => e.path).sort()).toEqual(['code', 'deviceName']);
  });

  it('stops an address after 3 failed attempts, even with a good code, for the window', async () => {
    const guesser = fromNewIp();
    for (const guess of ['AAAA-AAAA', 'BBBB-BBBB', 'CCCC-CCCC']) expect((await enrol(guess, guesser)).status).toBe(400);
    const { code } = await issueCode(h.hub, login, NORTH);
    const limited = await enrol(code, guesser);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(await problem(limited)).toMatchObject({ code: '429.2' });
    // The code was not spent: another address can still use it.
    expect((await enrol(code)).status).toBe(201);
  });
});
