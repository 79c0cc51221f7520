import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_POLICY, DeadlinePolicy, Extension } from '../../../src/core/time';

describe('DeadlinePolicy', () => {
  it('fills in the DESIGN defaults', () => {
    expect(DEFAULT_DEADLINE_POLICY).toEqual({
      workingDaysAfterQuarterEnd: 10,
      graceWorkingDays: 5,
      maxClockSkewMinutes: 10,
      dueSoonWorkingDays: 5,
      oneOffHolidays: [],
    });
  });

  it('accepts explicit due dates per quarter', () => {
    const policy = DeadlinePolicy.parse({ explicitDueDates: { '2026-Q1': '2026-07-20' } });
    expect(policy.explicitDueDates?.['2026-Q1']).toBe('2026-07-20');
  });

  it('refuses bad values with field paths', () => {
    const result = DeadlinePolicy.safeParse({
      workingDaysAfterQuarterEnd: -1,
      graceWorkingDays: 2.5,
      explicitDueDates: { '2026-Q5': '2026-07-20', '2026-Q2': '2026-02-30' },
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['workingDaysAfterQuarterEnd', 'graceWorkingDays', 'explicitDueDates.2026-Q5', 'explicitDueDates.2026-Q2']),
    );
  });

  it('refuses two one-off holidays on the same date', () => {
    const result = DeadlinePolicy.safeParse({
      oneOffHolidays: [
        { date: '2030-06-03', name: 'A' },
        { date: '2030-06-03', name: 'B' },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/same date is listed twice/);
  });
});

describe('Extension', () => {
  const valid = {
    id: 'ext-1',
    subContractId: 'sc-advice-1',
    quarter: '2026-Q1',
    newDueDate: '2026-07-24',
    reason: 'Manager on sick leave for two weeks',
    grantedBy: 'hub-user-1',
    grantedAt: '2026-07-10T09:00:00.000Z',
  };

  it('accepts a complete extension', () => {
    expect(Extension.parse(valid)).toEqual(valid);
  });

  it('needs a real reason', () => {
    const result = Extension.safeParse({ ...valid, reason: '  late  ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/at least 10 characters/);
  });
});
