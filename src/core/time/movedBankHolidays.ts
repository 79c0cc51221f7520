import type { LocalDate } from './localDate';

export type MovableBankHoliday = 'early May' | 'spring';

/**
 * Years in which a rule-based holiday was moved by proclamation (England and Wales).
 * The extra days proclaimed alongside some of these moves are one-offs (oneOffHolidays.ts).
 */
export const MOVED_BANK_HOLIDAYS: readonly { year: number; holiday: MovableBankHoliday; date: LocalDate; name: string }[] =
  Object.freeze([
    { year: 1995, holiday: 'early May', date: '1995-05-08', name: 'Early May bank holiday (VE day)' },
    { year: 2002, holiday: 'spring', date: '2002-06-04', name: 'Spring bank holiday' },
    { year: 2012, holiday: 'spring', date: '2012-06-04', name: 'Spring bank holiday' },
    { year: 2020, holiday: 'early May', date: '2020-05-08', name: 'Early May bank holiday (VE day)' },
    { year: 2022, holiday: 'spring', date: '2022-06-02', name: 'Spring bank holiday' },
  ]);
