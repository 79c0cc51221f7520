import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Instant,
  LocalDate,
  addDays,
  compareInstants,
  fromDayNumber,
  instantToMs,
  isoWeekday,
  parseLocalDate,
  toDayNumber,
} from '../../../src/core/time';

describe('LocalDate', () => {
  it('accepts real calendar dates, leap days included', () => {
    for (const date of ['2026-07-14', '2024-02-29', '2000-02-29', '1999-12-31']) {
      expect(LocalDate.safeParse(date).success).toBe(true);
    }
  });

  it('refuses dates that do not exist or are not YYYY-MM-DD', () => {
    for (const date of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-7-14', '14/07/2026', '2026-07-14T00:00:00Z', '']) {
      expect(LocalDate.safeParse(date).success, date).toBe(false);
    }
  });

  it('says what is wrong with a bad date', () => {
    expect(() => parseLocalDate('2026-02-30')).toThrow(/Not a real calendar date in the form YYYY-MM-DD: "2026-02-30"/);
  });

  it('counts days the same way as the JavaScript Date in UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 2_900_000 }), (dayNumber) => {
        const expected = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(dayNumber)).toBe(expected);
        expect(toDayNumber(expected)).toBe(dayNumber);
      }),
    );
  });

  it('knows the day of the week (1 = Monday)', () => {
    expect(isoWeekday('2026-06-30')).toBe(2); // Tuesday
    expect(isoWeekday('2022-12-25')).toBe(7); // Sunday
    expect(isoWeekday('2021-12-25')).toBe(6); // Saturday
    expect(isoWeekday('1970-01-01')).toBe(4); // Thursday
  });

  it('adds days across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});

describe('Instant', () => {
  it('accepts UTC timestamps ending in Z, as toISOString writes them', () => {
    expect(Instant.safeParse('2026-07-14T22:59:59.999Z').success).toBe(true);
    expect(Instant.safeParse('2026-07-14T22:59:59Z').success).toBe(true);
    expect(Instant.safeParse(new Date(0).toISOString()).success).toBe(true);
  });

  it('refuses offsets, missing zones and impossible dates', () => {
    for (const text of ['2026-07-14T23:59:59+01:00', '2026-07-14T22:59:59', '2026-02-30T00:00:00Z', '2026-07-14']) {
      expect(Instant.safeParse(text).success, text).toBe(false);
    }
    expect(() => instantToMs('2026-07-14T23:59:59+01:00')).toThrow(/Not a UTC timestamp/);
  });

  it('compares moments, not text', () => {
    expect(compareInstants('2026-07-14T22:59:59Z', '2026-07-14T22:59:59.000Z')).toBe(0);
    expect(compareInstants('2026-07-14T22:59:59.001Z', '2026-07-14T22:59:59Z')).toBe(1);
  });
});
