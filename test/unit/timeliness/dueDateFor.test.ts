import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEADLINE_POLICY,
  type Extension,
  fromDayNumber,
  isWorkingDay,
  quarterEnd,
  toDayNumber,
  workingDaysBetween,
} from '../../../src/core/time';
import { dueDateFor } from '../../../src/core/timeliness';

const policy = DEFAULT_DEADLINE_POLICY;

const extension: Extension = {
  id: 'ext-1',
  subContractId: 'sc-1',
  quarter: '2026-Q1',
  newDueDate: '2026-07-24',
  reason: 'Manager on sick leave for two weeks',
  grantedBy: 'hub-user-1',
  grantedAt: '2026-07-10T09:00:00.000Z',
};

describe('T1 dueDateFor', () => {
  it('FY 2026/27 Q1 ends Tue 30 Jun 2026 and is due at the end of Tue 14 Jul 2026 (BST)', () => {
    expect(dueDateFor('2026-Q1', policy)).toEqual({
      dueDate: '2026-07-14',
      dueAt: '2026-07-14T22:59:59.999Z',
      source: 'computed',
    });
  });

  it('Q3 2026/27 is due Fri 15 Jan 2027, after New Year, at the end of the day in GMT', () => {
    expect(dueDateFor('2026-Q3', policy)).toEqual({
      dueDate: '2027-01-15',
      dueAt: '2027-01-15T23:59:59.999Z',
      source: 'computed',
    });
  });

  describe('quarters ending around Easter', () => {
    it('Q4 2015/16 ends Thu 31 Mar 2016 after Easter Monday (28 Mar): no shift, due Thu 14 Apr', () => {
      expect(dueDateFor('2015-Q4', policy).dueDate).toBe('2016-04-14');
    });

    it('Q4 2017/18 ends Sat 31 Mar 2018; Easter Monday 2 Apr shifts the due date to Mon 16 Apr', () => {
      expect(dueDateFor('2017-Q4', policy).dueDate).toBe('2018-04-16');
    });

    it('Q4 2023/24 ends Sun 31 Mar 2024; Easter Monday 1 Apr shifts the due date to Mon 15 Apr', () => {
      expect(dueDateFor('2023-Q4', policy).dueDate).toBe('2024-04-15');
    });

    it('Q4 2020/21 ends Wed 31 Mar 2021; Good Friday and Easter Monday both shift it, to Fri 16 Apr', () => {
      expect(dueDateFor('2020-Q4', policy).dueDate).toBe('2021-04-16');
    });
  });

  describe('quarters ending at Christmas and New Year', () => {
    it('Q3 2022/23: 25 Dec 2022 a Sunday, substitute New Year Mon 2 Jan 2023 → due Mon 16 Jan', () => {
      expect(dueDateFor('2022-Q3', policy).dueDate).toBe('2023-01-16');
    });

    it('Q3 2021/22: 25 Dec 2021 a Saturday, substitute New Year Mon 3 Jan 2022 → due Mon 17 Jan', () => {
      expect(dueDateFor('2021-Q3', policy).dueDate).toBe('2022-01-17');
    });
  });

  it('counts the working days the policy asks for', () => {
    expect(dueDateFor('2026-Q1', { ...policy, workingDaysAfterQuarterEnd: 1 }).dueDate).toBe('2026-07-01');
    // N = 0 means the last day of the quarter itself, even on a weekend (30 Sep 2023 was a Saturday).
    expect(dueDateFor('2023-Q2', { ...policy, workingDaysAfterQuarterEnd: 0 }).dueDate).toBe('2023-09-30');
  });

  it("counts a policy's one-off holiday inside the window", () => {
    const withHoliday = { ...policy, oneOffHolidays: [{ date: '2026-07-08', name: 'Example proclaimed holiday' }] };
    expect(dueDateFor('2026-Q1', withHoliday).dueDate).toBe('2026-07-15');
  });

  it('uses an explicit due date: the one passed in, else the policy’s for that quarter', () => {
    const withExplicit = { ...policy, explicitDueDates: { '2026-Q1': '2026-07-20' } };
    expect(dueDateFor('2026-Q1', withExplicit)).toEqual({
      dueDate: '2026-07-20',
      dueAt: '2026-07-20T22:59:59.999Z',
      source: 'explicit',
    });
    expect(dueDateFor('2026-Q1', withExplicit, { explicitDueDate: '2026-07-21' }).dueDate).toBe('2026-07-21');
    expect(dueDateFor('2026-Q2', withExplicit).source).toBe('computed');
  });

  it('lets a granted extension replace the computed and the explicit due date', () => {
    const withExplicit = { ...policy, explicitDueDates: { '2026-Q1': '2026-07-20' } };
    expect(dueDateFor('2026-Q1', withExplicit, { explicitDueDate: '2026-07-21', extension })).toEqual({
      dueDate: '2026-07-24',
      dueAt: '2026-07-24T22:59:59.999Z',
      source: 'extension',
    });
  });

  it('refuses an extension for another quarter, and malformed input', () => {
    expect(() => dueDateFor('2026-Q2', policy, { extension })).toThrow(/Extension ext-1 is for quarter 2026-Q1, not 2026-Q2/);
    expect(() => dueDateFor('2026-Q5', policy)).toThrow(/Not a quarter/);
    expect(() => dueDateFor('2026-Q1', policy, { explicitDueDate: '2026-07-32' })).toThrow(/Not a real calendar date/);
  });

  it('never falls on a weekend or a bank holiday, and is exactly N working days after quarter end', () => {
    const quarterArb = fc
      .record({ year: fc.integer({ min: 1978, max: 2150 }), q: fc.integer({ min: 1, max: 4 }) })
      .map(({ year, q }) => `${year}-Q${q}`);
    const holidayArb = fc
      .integer({ min: toDayNumber('1978-04-01'), max: toDayNumber('2151-06-30') })
      .map((n) => ({ date: fromDayNumber(n), name: 'Generated one-off' }));
    fc.assert(
      fc.property(quarterArb, fc.integer({ min: 1, max: 40 }), fc.uniqueArray(holidayArb, { selector: (h) => h.date, maxLength: 5 }), (quarter, n, oneOffHolidays) => {
        const p = { ...policy, workingDaysAfterQuarterEnd: n, oneOffHolidays };
        const { dueDate } = dueDateFor(quarter, p);
        expect(isWorkingDay(dueDate, p)).toBe(true);
        expect(workingDaysBetween(quarterEnd(quarter), dueDate, p)).toBe(n);
      }),
    );
  });
});
