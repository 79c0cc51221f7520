import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  fromDayNumber,
  isWorkingDay,
  toDayNumber,
  workingDayOnOrAfter,
  workingDaysBetween,
} from '../../../src/core/time';

const dateArb = fc.integer({ min: toDayNumber('1980-01-01'), max: toDayNumber('2120-12-31') }).map(fromDayNumber);

describe('isWorkingDay', () => {
  it('is Monday to Friday except bank holidays', () => {
    expect(isWorkingDay('2026-07-14')).toBe(true); // Tuesday
    expect(isWorkingDay('2026-07-18')).toBe(false); // Saturday
    expect(isWorkingDay('2026-07-19')).toBe(false); // Sunday
    expect(isWorkingDay('2026-04-03')).toBe(false); // Good Friday
    expect(isWorkingDay('2026-12-28')).toBe(false); // Boxing Day substitute
    expect(isWorkingDay('2022-09-19')).toBe(false); // state funeral, built in
  });

  it("counts a policy's one-off holiday", () => {
    const policy = { oneOffHolidays: [{ date: '2026-07-14', name: 'Example proclaimed holiday' }] };
    expect(isWorkingDay('2026-07-14', policy)).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it('never counts the start date: 10 working days after Tue 30 Jun 2026 is Tue 14 Jul', () => {
    expect(addWorkingDays('2026-06-30', 10)).toBe('2026-07-14');
    expect(addWorkingDays('2026-06-30', 1)).toBe('2026-07-01');
    expect(addWorkingDays('2026-07-03', 1)).toBe('2026-07-06'); // Friday → Monday
    expect(addWorkingDays('2026-07-04', 0)).toBe('2026-07-04'); // 0 leaves even a Saturday alone
  });

  it('skips the substitute Christmas days of 2021 (Sat) and 2022 (Sun)', () => {
    expect(addWorkingDays('2021-12-24', 1)).toBe('2021-12-29');
    expect(addWorkingDays('2022-12-23', 1)).toBe('2022-12-28');
    expect(addWorkingDays('2022-12-30', 1)).toBe('2023-01-03'); // 2 Jan 2023 is New Year's substitute
  });

  it('skips Good Friday and Easter Monday', () => {
    expect(addWorkingDays('2024-03-28', 1)).toBe('2024-04-02');
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays('2026-06-30', -1)).toThrow(/whole number, 0 or more/);
    expect(() => addWorkingDays('2026-06-30', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-06-31', 1)).toThrow(/Not a real calendar date/);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after `from` up to and including `to`', () => {
    expect(workingDaysBetween('2026-06-30', '2026-07-14')).toBe(10);
    expect(workingDaysBetween('2026-07-14', '2026-07-14')).toBe(0);
    expect(workingDaysBetween('2026-07-14', '2026-07-15')).toBe(1);
    expect(workingDaysBetween('2026-07-17', '2026-07-19')).toBe(0); // Friday to Sunday
    expect(workingDaysBetween('2026-07-17', '2026-07-20')).toBe(1); // Friday to Monday
  });

  it('is negated when `to` is before `from`', () => {
    expect(workingDaysBetween('2026-07-14', '2026-06-30')).toBe(-10);
    expect(Object.is(workingDaysBetween('2026-07-19', '2026-07-17'), 0)).toBe(true);
  });

  it('is the inverse of addWorkingDays', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 80 }), (from, n) => {
        const to = addWorkingDays(from, n);
        expect(workingDaysBetween(from, to)).toBe(n);
        if (n > 0) expect(isWorkingDay(to)).toBe(true);
      }),
    );
  });

  it('lands back on any working day it counted to', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 120 }), (from, span) => {
        const to = workingDayOnOrAfter(addDays(from, span));
        expect(addWorkingDays(from, workingDaysBetween(from, to))).toBe(to);
      }),
    );
  });
});

describe('workingDayOnOrAfter', () => {
  it('keeps a working day and moves a weekend or holiday forward', () => {
    expect(workingDayOnOrAfter('2026-07-14')).toBe('2026-07-14');
    expect(workingDayOnOrAfter('2026-07-18')).toBe('2026-07-20');
    expect(workingDayOnOrAfter('2026-12-25')).toBe('2026-12-29');
  });
});
