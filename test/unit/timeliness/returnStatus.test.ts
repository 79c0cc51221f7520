import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_POLICY, type Extension } from '../../../src/core/time';
import { returnStatus } from '../../../src/core/timeliness';

const policy = DEFAULT_DEADLINE_POLICY;
const quarter = '2026-Q1'; // due Tue 14 Jul 2026

const extension: Extension = {
  id: 'ext-1',
  subContractId: 'sc-1',
  quarter,
  newDueDate: '2026-07-24',
  reason: 'Manager on sick leave for two weeks',
  grantedBy: 'hub-user-1',
  grantedAt: '2026-07-10T09:00:00.000Z',
};

describe('T3 status before the due date', () => {
  it("is 'not due' with 6 working days left, and 'due soon' with 5", () => {
    const monday = returnStatus({ quarter }, '2026-07-06T09:00:00.000Z', policy);
    expect(monday).toMatchObject({ status: 'not due', workingDaysLeft: 6, lateWorkingDays: null });
    expect(monday.label).toBe('Due Tue 14 Jul 2026 — 6 working days left');

    const tuesday = returnStatus({ quarter }, '2026-07-07T09:00:00.000Z', policy);
    expect(tuesday).toMatchObject({ status: 'due soon', workingDaysLeft: 5 });
  });

  it('counts a weekend as no working days', () => {
    expect(returnStatus({ quarter }, '2026-07-11T12:00:00.000Z', policy)).toMatchObject({ status: 'due soon', workingDaysLeft: 2 });
  });

  it("is 'due soon' with 0 days left on the due day, up to 23:59 London", () => {
    const late = returnStatus({ quarter }, '2026-07-14T22:59:00.000Z', policy);
    expect(late).toMatchObject({ status: 'due soon', workingDaysLeft: 0 });
    expect(late.label).toBe('Due today, Tue 14 Jul 2026');
  });

  it("is 'not due' during the quarter itself", () => {
    expect(returnStatus({ quarter }, '2026-05-01T09:00:00.000Z', policy).status).toBe('not due');
  });

  it('uses the policy’s idea of "soon"', () => {
    expect(returnStatus({ quarter }, '2026-07-06T09:00:00.000Z', { ...policy, dueSoonWorkingDays: 6 }).status).toBe('due soon');
  });
});

describe('T3 status after the due date', () => {
  it("is 'overdue' from 00:00 London the next day when nothing has arrived", () => {
    const status = returnStatus({ quarter }, '2026-07-14T23:10:00.000Z', policy);
    expect(status).toMatchObject({ status: 'overdue', lateWorkingDays: 1, workingDaysLeft: null });
    expect(status.label).toBe('Overdue (1 working day) — was due Tue 14 Jul 2026');
    expect(returnStatus({ quarter }, '2026-07-20T09:00:00.000Z', policy).lateWorkingDays).toBe(4);
  });

  it("is 'on time' when received by the due date", () => {
    const status = returnStatus(
      { quarter, evidence: { firstCompleteReceivedAt: '2026-07-14T22:30:00.000Z' } },
      '2026-07-20T09:00:00.000Z',
      policy,
    );
    expect(status).toMatchObject({ status: 'on time', lateWorkingDays: null, judgement: { basis: 'receipt' } });
    expect(status.label).toBe('On time — received Tue 14 Jul 2026 at 23:30');
  });

  it("is 'late (n working days)' when received after it", () => {
    const status = returnStatus(
      { quarter, evidence: { firstCompleteReceivedAt: '2026-07-17T10:00:00.000Z' } },
      '2026-07-20T09:00:00.000Z',
      policy,
    );
    expect(status).toMatchObject({ status: 'late', lateWorkingDays: 3 });
    expect(status.label).toBe('Late (3 working days)');
  });

  it("is 'on time' for a return sealed offline before the deadline and received in the grace period", () => {
    const status = returnStatus(
      {
        quarter,
        evidence: {
          firstCompleteReceivedAt: '2026-07-16T09:00:00.000Z',
          sealedAt: '2026-07-14T17:00:00.000Z',
          clockSkew: { skewMs: 0, measuredAt: '2026-07-13T08:00:00.000Z' },
        },
      },
      '2026-07-16T10:00:00.000Z',
      policy,
    );
    expect(status).toMatchObject({ status: 'on time', judgement: { basis: 'offline-seal' } });
    expect(status.label).toBe('On time — sealed offline Tue 14 Jul 2026 at 18:00');
  });

  it('ignores a receipt stamped after `now` (replaying the past)', () => {
    const status = returnStatus(
      { quarter, evidence: { firstCompleteReceivedAt: '2026-07-16T09:00:00.000Z' } },
      '2026-07-14T11:00:00.000Z',
      policy,
    );
    expect(status.status).toBe('due soon');
  });
});

describe('T3 status with an extension', () => {
  it("is 'excused' until the extended due date has passed, counting days to the new date", () => {
    const status = returnStatus({ quarter, extension }, '2026-07-20T09:00:00.000Z', policy);
    expect(status).toMatchObject({ status: 'excused', workingDaysLeft: 4, due: { dueDate: '2026-07-24', source: 'extension' } });
    expect(status.label).toBe('Excused — extended to Fri 24 Jul 2026, 4 working days left');
    expect(returnStatus({ quarter, extension }, '2026-07-24T22:59:59.999Z', policy).status).toBe('excused');
  });

  it("is 'overdue' once the extended date has passed with nothing received", () => {
    expect(returnStatus({ quarter, extension }, '2026-07-24T23:00:00.000Z', policy)).toMatchObject({
      status: 'overdue',
      lateWorkingDays: 1,
    });
  });

  it("is 'on time' when received by the extended date", () => {
    const status = returnStatus(
      { quarter, extension, evidence: { firstCompleteReceivedAt: '2026-07-22T09:00:00.000Z' } },
      '2026-07-27T09:00:00.000Z',
      policy,
    );
    expect(status.status).toBe('on time');
  });
});
