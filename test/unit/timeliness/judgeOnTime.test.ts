import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_POLICY } from '../../../src/core/time';
import { dueDateFor, graceEndsAt, judgeOnTime } from '../../../src/core/timeliness';

const policy = DEFAULT_DEADLINE_POLICY;
// FY 2026/27 Q1 is due Tue 14 Jul 2026, in BST: the due moment is 22:59:59.999Z.
const { dueAt } = dueDateFor('2026-Q1', policy);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('T2 on time by receipt', () => {
  it('in BST: received 23:30 on the due day is on time; 00:10 the next day is 1 working day late', () => {
    const at2330 = judgeOnTime({ dueAt, firstCompleteReceivedAt: '2026-07-14T22:30:00.000Z' }, policy);
    expect(at2330).toMatchObject({ outcome: 'on time', basis: 'receipt' });
    expect(at2330.reason).toBe('Received Tue 14 Jul 2026 at 23:30, by the due date (Tue 14 Jul 2026).');

    const at0010 = judgeOnTime({ dueAt, firstCompleteReceivedAt: '2026-07-14T23:10:00.000Z' }, policy);
    expect(at0010).toMatchObject({ outcome: 'late', basis: 'receipt', lateWorkingDays: 1 });
    expect(at0010.reason).toBe('Received Wed 15 Jul 2026 at 00:10, 1 working day after the due date (Tue 14 Jul 2026).');
  });

  it('in GMT (Q3 due Fri 15 Jan 2027): 23:30 is on time; 00:10 on the Saturday is 1 working day late', () => {
    const due = dueDateFor('2026-Q3', policy).dueAt;
    expect(judgeOnTime({ dueAt: due, firstCompleteReceivedAt: '2027-01-15T23:30:00.000Z' }, policy).outcome).toBe('on time');
    expect(judgeOnTime({ dueAt: due, firstCompleteReceivedAt: '2027-01-16T00:10:00.000Z' }, policy)).toMatchObject({
      outcome: 'late',
      lateWorkingDays: 1,
    });
  });

  it('is on time at the very last millisecond and late one millisecond later', () => {
    expect(judgeOnTime({ dueAt, firstCompleteReceivedAt: '2026-07-14T22:59:59.999Z' }, policy).outcome).toBe('on time');
    expect(judgeOnTime({ dueAt, firstCompleteReceivedAt: '2026-07-14T23:00:00.000Z' }, policy).outcome).toBe('late');
  });

  it('counts late working days to the date received, skipping weekends', () => {
    expect(judgeOnTime({ dueAt, firstCompleteReceivedAt: '2026-07-17T10:00:00.000Z' }, policy)).toMatchObject({ lateWorkingDays: 3 });
    expect(judgeOnTime({ dueAt, firstCompleteReceivedAt: '2026-07-20T10:00:00.000Z' }, policy)).toMatchObject({ lateWorkingDays: 4 });
  });

  it('says so when nothing has been received', () => {
    expect(judgeOnTime({ dueAt }, policy)).toEqual({
      outcome: 'not received',
      reason: 'The hub has not received a complete return (due Tue 14 Jul 2026).',
    });
  });
});

describe('T2 on time by offline seal', () => {
  const sealedOffline = {
    dueAt,
    sealedAt: '2026-07-14T17:00:03.000Z', // device clock 3 seconds fast: really 17:00:00Z (18:00 BST)
    clockSkew: { skewMs: 3_000, measuredAt: '2026-07-13T08:00:00.000Z' },
  };

  it('is on time when sealed before the deadline and received within the grace period', () => {
    const judgement = judgeOnTime({ ...sealedOffline, firstCompleteReceivedAt: '2026-07-16T09:00:00.000Z' }, policy);
    expect(judgement).toMatchObject({
      outcome: 'on time',
      basis: 'offline-seal',
      correctedSealAt: '2026-07-14T17:00:00.000Z',
    });
    expect(judgement.reason).toMatch(/^Sealed offline Tue 14 Jul 2026 at 18:00 \(device clock corrected\), before the deadline/);
  });

  it('allows 5 working days of grace: to the end of Tue 21 Jul 2026, and no further', () => {
    expect(graceEndsAt(dueAt, policy)).toBe('2026-07-21T22:59:59.999Z');
    const lastMinute = judgeOnTime({ ...sealedOffline, firstCompleteReceivedAt: '2026-07-21T22:30:00.000Z' }, policy);
    expect(lastMinute).toMatchObject({ outcome: 'on time', basis: 'offline-seal' });
    const tooLate = judgeOnTime({ ...sealedOffline, firstCompleteReceivedAt: '2026-07-21T23:10:00.000Z' }, policy);
    expect(tooLate).toMatchObject({ outcome: 'late', basis: 'receipt', lateWorkingDays: 6 });
    expect(tooLate.reason).toContain('after the 5 working days allowed for returns sealed offline (to Tue 21 Jul 2026)');
  });

  it('counts the grace period in working days, skipping Easter', () => {
    // Due Thu 2 Apr 2026, the day before Good Friday: grace runs to Mon 13 Apr.
    const due = dueDateFor('2025-Q4', policy, { explicitDueDate: '2026-04-02' }).dueAt;
    const sealed = { ...sealedOffline, dueAt: due, sealedAt: '2026-04-02T15:00:00.000Z' };
    expect(judgeOnTime({ ...sealed, firstCompleteReceivedAt: '2026-04-13T22:30:00.000Z' }, policy).outcome).toBe('on time');
    expect(judgeOnTime({ ...sealed, firstCompleteReceivedAt: '2026-04-13T23:10:00.000Z' }, policy)).toMatchObject({
      outcome: 'late',
      lateWorkingDays: 6,
    });
    // Without a seal, a receipt on Tue 7 Apr is 1 working day late (Good Friday to Easter Monday skipped).
    expect(judgeOnTime({ dueAt: due, firstCompleteReceivedAt: '2026-04-07T09:00:00.000Z' }, policy)).toMatchObject({
      lateWorkingDays: 1,
    });
  });

  for (const [direction, skewMs, deviceSeal] of [
    ['ahead of', 2 * HOUR, '2026-07-14T19:00:00.000Z'],
    ['behind', -2 * HOUR, '2026-07-14T15:00:00.000Z'],
  ] as const) {
    it(`uses the receipt time when the device clock was 2 hours ${direction} the hub`, () => {
      const judgement = judgeOnTime(
        {
          dueAt,
          sealedAt: deviceSeal,
          clockSkew: { skewMs, measuredAt: '2026-07-13T08:00:00.000Z' },
          firstCompleteReceivedAt: '2026-07-15T09:00:00.000Z',
        },
        policy,
      );
      expect(judgement).toMatchObject({ outcome: 'late', basis: 'receipt', lateWorkingDays: 1 });
      expect(judgement.reason).toContain(`the device clock was 2 hours ${direction} the hub at the last sync (the limit is 10 minutes)`);
    });
  }

  it('trusts a skew just under the limit and not one at the limit', () => {
    const received = '2026-07-15T09:00:00.000Z';
    const at = (skewMs: number) =>
      judgeOnTime(
        { dueAt, firstCompleteReceivedAt: received, sealedAt: '2026-07-14T17:00:00.000Z', clockSkew: { skewMs, measuredAt: received } },
        policy,
      ).outcome;
    expect(at(10 * MINUTE - 1)).toBe('on time');
    expect(at(-(10 * MINUTE - 1))).toBe('on time');
    expect(at(10 * MINUTE)).toBe('late');
  });

  it('uses the receipt time when the skew was never measured', () => {
    const judgement = judgeOnTime(
      { dueAt, sealedAt: '2026-07-14T17:00:00.000Z', firstCompleteReceivedAt: '2026-07-15T09:00:00.000Z' },
      policy,
    );
    expect(judgement.outcome).toBe('late');
    expect(judgement.reason).toContain('the device clock had never been checked against the hub');
  });

  it('finds a seal time after receipt implausible and uses the receipt time', () => {
    const judgement = judgeOnTime(
      { ...sealedOffline, sealedAt: '2026-07-15T10:00:00.000Z', firstCompleteReceivedAt: '2026-07-15T09:00:00.000Z' },
      policy,
    );
    expect(judgement).toMatchObject({ outcome: 'late', basis: 'receipt' });
    expect(judgement.reason).toContain('its seal time is later than the time the hub received it');
  });

  it('does not excuse a return sealed after the deadline', () => {
    const judgement = judgeOnTime(
      { ...sealedOffline, sealedAt: '2026-07-15T07:00:03.000Z', firstCompleteReceivedAt: '2026-07-15T09:00:00.000Z' },
      policy,
    );
    expect(judgement).toMatchObject({ outcome: 'late', basis: 'receipt' });
    expect(judgement.reason).toContain('it was sealed after the deadline (Wed 15 Jul 2026 at 08:00)');
  });

  it('reports a return received on time as on time by receipt even if it was sealed offline', () => {
    expect(judgeOnTime({ ...sealedOffline, firstCompleteReceivedAt: '2026-07-14T20:00:00.000Z' }, policy)).toMatchObject({
      outcome: 'on time',
      basis: 'receipt',
    });
  });
});
