import { describe, expect, it } from 'vitest';
import { EnrolError, OFFLINE_MESSAGE, enrol } from '../../../src/app/sync/enrol';
import { testEnrolResponse } from '../fixtures';

const answer = (status: number, body: unknown): typeof fetch =>
  (async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } })) as typeof fetch;
const good = { code: 'ABCD-EFGH', deviceName: 'Hall tablet' };
const fail = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure'); }, (e: unknown) => e as EnrolError);

describe('enrol', () => {
  it('checks the answers before asking the hub', async () => {
    let asked = false;
    const spy = (async () => { asked = true; return new Response('{}'); }) as typeof fetch;
    const short = await fail(enrol({ code: 'ABC', deviceName: 'Tablet' }, { fetch: spy, online: () => true }));
    expect([short.problem, short.field, short.message]).toEqual(['invalid', 'code', 'An enrolment code has 8 letters and numbers, like ABCD-EFGH']);
    const noName = await fail(enrol({ code: 'ABCD-EFGH', deviceName: ' ' }, { fetch: spy, online: () => true }));
    expect([noName.problem, noName.field]).toEqual(['invalid', 'deviceName']);
    expect(asked).toBe(false);
  });

  it('says plainly that enrolment needs a connection once', async () => {
    const offline = await fail(enrol(good, { online: () => false }));
    expect([offline.problem, offline.message]).toEqual(['offline', OFFLINE_MESSAGE]);
    const unreachable = await fail(enrol(good, { online: () => true, fetch: (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch }));
    expect(unreachable.problem).toBe('offline');
    expect(unreachable.message).toBe('The hub could not be reached. Check your internet connection and try again.');
  });

  it('tells a wrong code from a used or expired one, in the hub’s words', async () => {
    const cases: [number, string, string][] = [
      [400, '400.4', 'code-not-recognised'],
      [409, '409.1', 'code-used'],
      [410, '410.1', 'code-expired'],
      [429, '429.2', 'too-many'],
    ];
    for (const [status, code, problem] of cases) {
      const e = await fail(enrol(good, { online: () => true, fetch: answer(status, { code, detail: `Detail for ${code}` }) }));
      expect([e.problem, e.message]).toEqual([problem, `Detail for ${code}`]);
    }
  });

  it('refuses an answer from the hub that is not an enrolment', async () => {
    const e = await fail(enrol(good, { online: () => true, fetch: answer(201, { deviceId: 'x' }) }));
    expect(e.problem).toBe('hub');
    const ok = await enrol(good, { online: () => true, fetch: answer(201, testEnrolResponse()) });
    expect(ok.memberId).toBe('brook');
  });
});
