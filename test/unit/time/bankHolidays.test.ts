import { describe, expect, it } from 'vitest';
import { bankHolidays, easterSunday, isBankHoliday } from '../../../src/core/time';

// England and Wales bank holidays as published on gov.uk.
const PUBLISHED: Record<number, string[]> = {
  2012: ['01-02', '04-06', '04-09', '05-07', '06-04', '06-05', '08-27', '12-25', '12-26'],
  2016: ['01-01', '03-25', '03-28', '05-02', '05-30', '08-29', '12-26', '12-27'],
  2018: ['01-01', '03-30', '04-02', '05-07', '05-28', '08-27', '12-25', '12-26'],
  2019: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2020: ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28'],
  2021: ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2022: ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27'],
  2023: ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26'],
  2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
  2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
};

describe('bankHolidays (England and Wales)', () => {
  for (const [year, days] of Object.entries(PUBLISHED)) {
    it(`matches the published list for ${year}`, () => {
      expect(bankHolidays(Number(year)).map((h) => h.date)).toEqual(days.map((d) => `${year}-${d}`));
    });
  }

  it('gives weekend Christmases substitute days in the right order', () => {
    // 25 Dec 2021 a Saturday: Christmas moves to Mon 27, Boxing Day to Tue 28.
    expect(bankHolidays(2021).slice(-2)).toEqual([
      { date: '2021-12-27', name: 'Christmas Day (substitute day)' },
      { date: '2021-12-28', name: 'Boxing Day (substitute day)' },
    ]);
    // 25 Dec 2022 a Sunday: Boxing Day stays Mon 26, Christmas moves to Tue 27.
    expect(bankHolidays(2022).slice(-2)).toEqual([
      { date: '2022-12-26', name: 'Boxing Day' },
      { date: '2022-12-27', name: 'Christmas Day (substitute day)' },
    ]);
  });

  it('moves a weekend New Year to the Monday after', () => {
    expect(bankHolidays(2022)[0]).toEqual({ date: '2022-01-03', name: "New Year's Day (substitute day)" });
    expect(bankHolidays(2023)[0]).toEqual({ date: '2023-01-02', name: "New Year's Day (substitute day)" });
  });

  it('applies the moved early May holidays of 1995 and 2020 (VE day)', () => {
    expect(bankHolidays(1995).map((h) => h.date)).toContain('1995-05-08');
    expect(bankHolidays(1995).map((h) => h.date)).not.toContain('1995-05-01');
    expect(bankHolidays(2020).map((h) => h.date)).not.toContain('2020-05-04');
  });

  it('applies the jubilee moves of the spring holiday with their extra days (2002)', () => {
    const dates = bankHolidays(2002).map((h) => h.date);
    expect(dates).toEqual(expect.arrayContaining(['2002-06-03', '2002-06-04']));
    expect(dates).not.toContain('2002-05-27');
  });

  it("includes the millennium and the following year's substitute New Year", () => {
    expect(bankHolidays(1999).map((h) => h.date).slice(-3)).toEqual(['1999-12-27', '1999-12-28', '1999-12-31']);
    expect(bankHolidays(2000)[0]?.date).toBe('2000-01-03');
  });

  it("adds a policy's one-off holidays, sorted, without doubling a date", () => {
    const policy = {
      oneOffHolidays: [
        { date: '2026-06-15', name: 'Example proclaimed holiday' },
        { date: '2026-12-25', name: 'Duplicate of Christmas' },
        { date: '2027-06-14', name: 'Next year' },
      ],
    };
    const list = bankHolidays(2026, policy);
    expect(list.map((h) => h.date)).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-06-15', '2026-08-31', '2026-12-25', '2026-12-28',
    ]);
    expect(list.find((h) => h.date === '2026-12-25')?.name).toBe('Christmas Day');
    expect(isBankHoliday('2026-06-15', policy)).toBe(true);
    expect(isBankHoliday('2026-06-15')).toBe(false);
  });

  it('refuses years it does not model', () => {
    expect(() => bankHolidays(1977)).toThrow(/modelled for 1978/);
    expect(() => bankHolidays(2026.5)).toThrow(RangeError);
  });
});

describe('easterSunday', () => {
  it('finds known Easter Sundays, earliest and latest included', () => {
    expect(easterSunday(2016)).toBe('2016-03-27');
    expect(easterSunday(2018)).toBe('2018-04-01');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2008)).toBe('2008-03-23');
    expect(easterSunday(2285)).toBe('2285-03-22');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });
});
