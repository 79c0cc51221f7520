import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ColleagueAdded, PasswordReset, TeamList, TeamMember } from '../../src/core/hub-api';
import type { ProblemDetails } from '../../src/hub/http/problems';
import { openHarness, STAFF, type Harness } from './support/harness';
import { json, signInStaff, staffHeaders, type StaffLogin } from './support/hub-client';
import { snapshotTables } from './support/snapshot';

let h: Harness;
let login: StaffLogin;
beforeEach(async () => {
  h = await openHarness();
  login = await h.staff();
});
afterEach(() => h.close());

const problem = async (response: Response, status: number) => {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  return (await response.json()) as ProblemDetails;
};
const post = (path: string, body: unknown, as: StaffLogin = login) =>
  h.hub(path, { ...json('POST', body), headers: { ...staffHeaders(as), 'Content-Type': 'application/json' } });
const team = async (as: StaffLogin = login) => {
  const response = await h.hub('/api/staff', { headers: { Cookie: as.cookie } });
  expect(response.status).toBe(200);
  return TeamList.parse(await response.json()).staff;
};
const add = async (displayName: string, email: string) => {
  const response = await post('/api/staff', { displayName, email });
  expect(response.status).toBe(201);
  return ColleagueAdded.parse(await response.json());
};
const me = (as: StaffLogin) => h.hub('/api/auth/me', { headers: { Cookie: as.cookie } });
const signIn = (email: string, password: string) => h.hub('/api/auth/sign-in', json('POST', { email, password }));
const changePassword = (as: StaffLogin, currentPassword: string, newPassword: string, confirmPassword = newPassword) =>
  post('/api/auth/password', { currentPassword, newPassword, confirmPassword }, as);

describe('GET /api/staff', () => {
  it('lists each hub staff user with when they were added and whether they can sign in', async () => {
    const [staff] = await team();
    expect(TeamMember.parse(staff)).toEqual({
      id: login.session.user.id,
      email: STAFF.email,
      displayName: 'Hub Staff',
      addedAt: expect.any(String),
      canSignIn: true,
      removedAt: null,
    });
  });
});

describe('POST /api/staff: add a colleague', () => {
  it('makes a user with a random temporary password, shown once and stored only as a scrypt hash', async () => {
    h.clock.advance(60_000);
    const response = await post('/api/staff', { displayName: '  Priya Shah ', email: ' Priya.Shah@Hub.example ' });
    expect(response.status).toBe(201);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const added = ColleagueAdded.parse(await response.json());
    expect(added.member).toMatchObject({ displayName: 'Priya Shah', email: 'priya.shah@hub.example', canSignIn: true, removedAt: null });
    expect(added.member.addedAt).toBe(h.clock.now().toISOString());
    expect(added.temporaryPassword).toMatch(/^[a-z0-9]{5}(-[a-z0-9]{5}){3}$/);

    const { rows } = await h.db.query<{ password_hash: string }>('select password_hash from hub_users where email = $1', ['priya.shah@hub.example']);
    expect(rows[0]!.password_hash).toMatch(/^scrypt\$/);
    expect(JSON.stringify(await snapshotTables(h.db))).not.toContain(added.temporaryPassword);

    // (The harness's first user was added by the database's clock, not the test's: compare as sets.)
    expect((await team()).map((m) => m.email).sort()).toEqual(['priya.shah@hub.example', STAFF.email]);
    const priya = await signInStaff(h.hub, 'priya.shah@hub.example', added.temporaryPassword);
    expect(priya.session.user.displayName).toBe('Priya Shah');
    // Two colleagues never get the same password.
    expect((await add('Sam Okoro', 'sam@hub.example')).temporaryPassword).not.toBe(added.temporaryPassword);
  });

  it('refuses an address already on the team, whatever its capitals, with a 409 that changes nothing', async () => {
    await add('Priya Shah', 'priya@hub.example');
    const before = await snapshotTables(h.db);
    for (const email of ['priya@hub.example', 'PRIYA@hub.example', STAFF.email]) {
      const refused = await problem(await post('/api/staff', { displayName: 'Someone else', email }), 409);
      expect(refused).toMatchObject({ code: '409.7', detail: `${email.toLowerCase()} is already on the hub team. Use a different email address.` });
      expect(refused.errors).toEqual([{ path: 'email', message: 'This email address is already on the hub team' }]);
    }
    expect(await snapshotTables(h.db)).toEqual(before);
  });

  it('names each missing or malformed field, and changes nothing', async () => {
    const before = await snapshotTables(h.db);
    const missing = await problem(await post('/api/staff', { displayName: ' ', email: '' }), 400);
    expect(missing.code).toBe('400.2');
    expect(missing.errors).toEqual([
      { path: 'displayName', message: 'Enter their name' },
      { path: 'email', message: 'Enter their email address' },
    ]);
    const malformed = await problem(await post('/api/staff', { displayName: 'Priya', email: 'priya at hub' }), 400);
    expect(malformed.errors).toEqual([{ path: 'email', message: 'Enter an email address in the correct format, like name@example.org' }]);
    expect(await snapshotTables(h.db)).toEqual(before);
  });
});

describe('POST /api/auth/password: change your own password', () => {
  it('refuses a wrong current password with a clear error and changes nothing', async () => {
    const before = await snapshotTables(h.db);
    const refused = await problem(await changePassword(login, 'not my password', 'a much longer new password'), 400);
    expect(refused).toMatchObject({ code: '400.6', detail: 'Your current password is not right. Check it and try again.' });
    expect(refused.errors).toEqual([{ path: 'currentPassword', message: 'Your current password is not right' }]);
    expect(await snapshotTables(h.db)).toEqual(before);
    expect((await signIn(STAFF.email, STAFF.password)).status).toBe(200);
  });

  it('refuses a short new password and a confirmation that does not match', async () => {
    const short = await problem(await changePassword(login, STAFF.password, 'short'), 400);
    expect(short.errors).toEqual([{ path: 'newPassword', message: 'Your new password must be at least 12 characters' }]);
    const mismatch = await problem(await changePassword(login, STAFF.password, 'a much longer new password', 'a different one entirely'), 400);
    expect(mismatch.errors).toEqual([{ path: 'confirmPassword', message: 'The new passwords do not match' }]);
    expect((await signIn(STAFF.email, STAFF.password)).status).toBe(200);
  });

  it('changes it, signs out the person’s other sessions and keeps this one', async () => {
    const elsewhere = await h.staff();
    const colleague = await addAndSignIn('Priya Shah', 'priya@hub.example');
    const response = await changePassword(login, STAFF.password, 'a much longer new password');
    expect(response.status).toBe(204);
    expect((await me(login)).status).toBe(200);
    expect((await problem(await me(elsewhere), 401)).code).toBe('401.1');
    // Another person's session is not theirs to end.
    expect((await me(colleague)).status).toBe(200);
    expect((await problem(await signIn(STAFF.email, STAFF.password), 401)).code).toBe('401.2');
    expect((await signIn(STAFF.email, 'a much longer new password')).status).toBe(200);
    // This session still changes things with its CSRF token.
    expect((await post('/api/staff', { displayName: 'Sam Okoro', email: 'sam@hub.example' })).status).toBe(201);
  });
});

describe('wrong current passwords and the sign-in limit', () => {
  it('counts them as failed sign-ins for the address, so a left-open session cannot be used to guess', async () => {
    await h.close();
    h = await openHarness({ limits: { signInFailuresPerEmail: 2 } });
    login = await h.staff();
    for (let i = 0; i < 2; i++) expect((await changePassword(login, `guess ${i}`, 'a much longer new password')).status).toBe(400);
    const limited = await changePassword(login, STAFF.password, 'a much longer new password');
    expect((await problem(limited, 429)).code).toBe('429.1');
    expect((await problem(await signIn(STAFF.email, STAFF.password), 429)).code).toBe('429.1');
  });
});

describe('POST /api/staff/:userId/remove: remove someone’s access', () => {
  it('refuses to remove yourself, with a clear message, and changes nothing', async () => {
    const before = await snapshotTables(h.db);
    const refused = await problem(await post(`/api/staff/${login.session.user.id}/remove`, {}), 403);
    expect(refused).toMatchObject({
      code: '403.2',
      detail: 'You cannot remove your own access. Ask another member of the hub team to do it.',
    });
    expect(await snapshotTables(h.db)).toEqual(before);
  });

  it('ends their sessions at once and stops them signing in, but keeps them for the audit trail', async () => {
    const { member, temporaryPassword } = await add('Priya Shah', 'priya@hub.example');
    const priya = await signInStaff(h.hub, member.email, temporaryPassword);
    expect((await h.hub('/api/members', { headers: { Cookie: priya.cookie } })).status).toBe(200);
    h.clock.advance(60_000);

    const response = await post(`/api/staff/${member.id}/remove`, {});
    expect(response.status).toBe(200);
    const removed = TeamMember.parse(await response.json());
    expect(removed).toEqual({ ...member, canSignIn: false, removedAt: h.clock.now().toISOString() });

    expect((await problem(await h.hub('/api/members', { headers: { Cookie: priya.cookie } }), 401)).code).toBe('401.1');
    expect((await problem(await me(priya), 401)).code).toBe('401.1');
    expect((await problem(await signIn(member.email, temporaryPassword), 401)).code).toBe('401.2');
    const { rows } = await h.db.query<{ display_name: string; deactivated_by: string }>(
      'select display_name, deactivated_by from hub_users where id = $1',
      [member.id],
    );
    expect(rows).toEqual([{ display_name: 'Priya Shah', deactivated_by: login.session.user.id }]);
    expect((await h.db.query('select 1 from hub_sessions where user_id = $1', [member.id])).rowCount).toBe(0);
    expect((await team()).find((m) => m.id === member.id)).toEqual(removed);

    // Removing again is harmless and keeps the first removal's time; the address stays taken.
    h.clock.advance(60_000);
    expect(TeamMember.parse(await (await post(`/api/staff/${member.id}/remove`, {})).json())).toEqual(removed);
    expect((await problem(await post('/api/staff', { displayName: 'Priya again', email: member.email }), 409)).code).toBe('409.7');
  });

  it('answers 404 for someone who is not on the team', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      expect((await problem(await post(`/api/staff/${id}/remove`, {}), 404)).code).toBe('404.8');
    }
  });
});

describe('POST /api/staff/:userId/reset-password: reset a colleague’s forgotten password', () => {
  it('gives them a new temporary password, shown once, and ends all their sessions at once', async () => {
    const { member, temporaryPassword: first } = await add('Priya Shah', 'priya@hub.example');
    const priya = await signInStaff(h.hub, member.email, first);
    const priyaElsewhere = await signInStaff(h.hub, member.email, first);
    const response = await post(`/api/staff/${member.id}/reset-password`, {});
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const reset = PasswordReset.parse(await response.json());
    expect(reset.member).toEqual(member);
    expect(reset.temporaryPassword).toMatch(/^[a-z0-9]{5}(-[a-z0-9]{5}){3}$/);
    expect(reset.temporaryPassword).not.toBe(first);
    expect(JSON.stringify(await snapshotTables(h.db))).not.toContain(reset.temporaryPassword);

    for (const session of [priya, priyaElsewhere]) expect((await problem(await me(session), 401)).code).toBe('401.1');
    expect((await h.db.query('select 1 from hub_sessions where user_id = $1', [member.id])).rowCount).toBe(0);
    // The person resetting stays signed in.
    expect((await me(login)).status).toBe(200);
    expect((await problem(await signIn(member.email, first), 401)).code).toBe('401.2');
    const again = await signInStaff(h.hub, member.email, reset.temporaryPassword);
    expect(again.session.user.displayName).toBe('Priya Shah');
    // With it they can choose their own password.
    expect((await changePassword(again, reset.temporaryPassword, 'a much longer new password')).status).toBe(204);
  });

  it('refuses to reset your own password, pointing to “Change your password”, and changes nothing', async () => {
    const before = await snapshotTables(h.db);
    const refused = await problem(await post(`/api/staff/${login.session.user.id}/reset-password`, {}), 403);
    expect(refused).toMatchObject({
      code: '403.3',
      detail: 'You cannot reset your own password. Use “Change your password” on the Team page instead.',
    });
    expect(await snapshotTables(h.db)).toEqual(before);
    expect((await me(login)).status).toBe(200);
  });

  it('refuses someone whose access has been removed with a 409 that changes nothing', async () => {
    const { member, temporaryPassword } = await add('Priya Shah', 'priya@hub.example');
    expect((await post(`/api/staff/${member.id}/remove`, {})).status).toBe(200);
    const before = await snapshotTables(h.db);
    const refused = await problem(await post(`/api/staff/${member.id}/reset-password`, {}), 409);
    expect(refused).toMatchObject({
      code: '409.8',
      detail: 'Priya Shah’s access has been removed, so their password cannot be reset. Removed people cannot sign in again.',
    });
    expect(await snapshotTables(h.db)).toEqual(before);
    expect((await problem(await signIn(member.email, temporaryPassword), 401)).code).toBe('401.2');
  });

  it('answers 404 for someone who is not on the team, changing nothing', async () => {
    const before = await snapshotTables(h.db);
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const refused = await problem(await post(`/api/staff/${id}/reset-password`, {}), 404);
      expect(refused).toMatchObject({ code: '404.8', detail: `There is no hub staff user with id '${id}'. Check the address.` });
    }
    expect(await snapshotTables(h.db)).toEqual(before);
  });
});

describe('the team routes need a signed-in staff session and, for changes, its CSRF token', () => {
  it('refuses without a session (401) and without the CSRF token (403), changing nothing', async () => {
    const { member } = await add('Priya Shah', 'priya@hub.example');
    const before = await snapshotTables(h.db);
    const changes: [string, unknown][] = [
      ['/api/staff', { displayName: 'Sam Okoro', email: 'sam@hub.example' }],
      [`/api/staff/${member.id}/remove`, {}],
      [`/api/staff/${member.id}/reset-password`, {}],
      ['/api/auth/password', { currentPassword: STAFF.password, newPassword: 'a much longer new password', confirmPassword: 'a much longer new password' }],
    ];
    expect((await problem(await h.hub('/api/staff'), 401)).code).toBe('401.1');
    for (const [path, body] of changes) {
      expect((await problem(await h.hub(path, json('POST', body)), 401)).code).toBe('401.1');
      const noCsrf = await h.hub(path, { ...json('POST', body), headers: { Cookie: login.cookie, 'Content-Type': 'application/json' } });
      expect((await problem(noCsrf, 403)).code).toBe('403.1');
      const wrongCsrf = await h.hub(path, { ...json('POST', body), headers: { Cookie: login.cookie, 'Content-Type': 'application/json', 'x-csrf-token': 'x'.repeat(43) } });
      expect((await problem(wrongCsrf, 403)).code).toBe('403.1');
    }
    expect(await snapshotTables(h.db)).toEqual(before);
  });
});

async function addAndSignIn(displayName: string, email: string): Promise<StaffLogin> {
  const { temporaryPassword } = await add(displayName, email);
  return signInStaff(h.hub, email, temporaryPassword);
}
