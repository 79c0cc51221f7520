import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/hub/db/db';
import { createApp } from '../../src/hub/http/app';
import { DEMO_STAFF_EMAIL, prepareHubData } from '../../src/hub/services/first-start';
import { addColleague, removeAccess } from '../../src/hub/services/staff-team';
import { describeExpiry, startBanner } from '../../src/hub/start-banner';
import { NORTH, SOUTH, twoMembers } from './support/fixtures';
import { appFetch, enrolWithCode, signInStaff } from './support/hub-client';
import { snapshotTables } from './support/snapshot';
import { openTestDb } from './test-db';

let db: Db;
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(() => db.close());

const now = new Date('2026-05-01T09:00:00.000Z');

describe('prepareHubData', () => {
  it('loads the demo consortium into an empty hub with a staff user and a code per member that work', async () => {
    const report = await prepareHubData(db, { demo: twoMembers(), now });
    expect(report.demoLoaded).toBe('Test Consortium');
    expect(report.staffSignIn?.email).toBe(DEMO_STAFF_EMAIL);
    expect(report.staffSignIn?.password).toMatch(/^[a-z0-9]{5}(-[a-z0-9]{5}){3}$/);
    expect(report.enrolmentCodes.map((c) => [c.memberId, c.memberName])).toEqual([
      [NORTH, 'Northside Advice'],
      [SOUTH, 'Southside Carers'],
    ]);

    const hub = appFetch(createApp({ db, now: () => now }));
    await signInStaff(hub, report.staffSignIn!.email, report.staffSignIn!.password);
    const enrolled = await enrolWithCode(hub, report.enrolmentCodes[1]!.code);
    expect(enrolled.memberId).toBe(SOUTH);
    expect(enrolled.reference.consortium.name).toBe('Test Consortium');
  });

  it('on a later start: loads nothing again and shows no password, but issues fresh codes', async () => {
    const first = await prepareHubData(db, { demo: twoMembers(), now });
    const before = await snapshotTables(db, ['reference_items', 'hub_users', 'change_head']);
    const again = await prepareHubData(db, { demo: twoMembers(), now });
    expect(again).toMatchObject({ demoLoaded: undefined, demoInUse: true, staffSignIn: undefined, staffEmail: DEMO_STAFF_EMAIL });
    expect(again.enrolmentCodes).toHaveLength(2);
    expect(again.enrolmentCodes[0]!.code).not.toBe(first.enrolmentCodes[0]!.code);
    expect(await snapshotTables(db, ['reference_items', 'hub_users', 'change_head'])).toEqual(before);
  });

  it('with DEMO=0: an empty consortium, no codes, but a staff user to sign in with', async () => {
    const report = await prepareHubData(db, { demo: undefined, now, staffEmail: 'Team@Consortium.example' });
    expect(report).toMatchObject({ demoLoaded: undefined, demoInUse: false, enrolmentCodes: [] });
    expect(report.staffSignIn?.email).toBe('team@consortium.example');
    expect((await db.query('select 1 from reference_items')).rowCount).toBe(0);
  });

  it('gives the first staff user a new password on request, ending their sessions', async () => {
    const first = await prepareHubData(db, { demo: undefined, now });
    const hub = appFetch(createApp({ db, now: () => now }));
    const login = await signInStaff(hub, first.staffSignIn!.email, first.staffSignIn!.password);
    const reset = await prepareHubData(db, { demo: undefined, now, resetStaffPassword: true });
    expect(reset.staffSignIn?.password).not.toBe(first.staffSignIn!.password);
    expect((await hub('/api/auth/me', { headers: { Cookie: login.cookie } })).status).toBe(401);
    await expect(signInStaff(hub, first.staffSignIn!.email, first.staffSignIn!.password)).rejects.toThrow(/401/);
    await signInStaff(hub, reset.staffSignIn!.email, reset.staffSignIn!.password);
  });

  it('gives the new password to the first staff user who can still sign in, once the first has been removed', async () => {
    const first = await prepareHubData(db, { demo: undefined, now });
    const firstUser = (await db.query<{ id: string }>('select id from hub_users')).rows[0]!;
    const later = new Date(Date.now() + 60_000);
    const { member } = await addColleague(db, { displayName: 'Priya Shah', email: 'priya@hub.example' }, later);
    await removeAccess(db, member.id, firstUser.id, later);
    const reset = await prepareHubData(db, { demo: undefined, now, resetStaffPassword: true });
    expect(reset.staffSignIn?.email).toBe('priya@hub.example');
    expect(reset.staffEmail).toBe('priya@hub.example');
    const hub = appFetch(createApp({ db, now: () => later }));
    await signInStaff(hub, 'priya@hub.example', reset.staffSignIn!.password);
    await expect(signInStaff(hub, first.staffSignIn!.email, first.staffSignIn!.password)).rejects.toThrow(/401/);
  });
});

describe('startBanner', () => {
  it('prints the sign-in once and a line per code with the member and when it expires', async () => {
    const report = await prepareHubData(db, { demo: twoMembers(), now });
    const text = startBanner(report, 'http://127.0.0.1:8787').join('\n');
    expect(text).toContain('shown only now');
    expect(text).toContain(`Password: ${report.staffSignIn!.password}`);
    const code = report.enrolmentCodes[0]!.code;
    expect(text).toContain(
      `Enrol a tablet: open http://127.0.0.1:8787 on it and enter code ${code} for Northside Advice (expires Sat, 2 May 2026, 10:00 London time)`,
    );
    const later = startBanner(await prepareHubData(db, { demo: twoMembers(), now }), 'http://127.0.0.1:8787').join('\n');
    expect(later).not.toContain('Password:');
    expect(later).toContain('printed on the first start only');
  });

  it('says expiry in London time, summer or winter', () => {
    expect(describeExpiry('2026-12-01T09:30:00.000Z')).toBe('Tue, 1 Dec 2026, 09:30 London time');
    expect(describeExpiry('2026-07-01T09:30:00.000Z')).toBe('Wed, 1 Jul 2026, 10:30 London time');
  });
});
