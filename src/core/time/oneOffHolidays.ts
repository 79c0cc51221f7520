import { z } from 'zod';
import { LocalDate } from './localDate';

/** A bank holiday proclaimed for one year only (a state funeral, a coronation, a jubilee). */
export const OneOffHoliday = z.object({
  date: LocalDate,
  name: z.string().trim().min(1, { error: 'Give the holiday a name' }).max(120),
});
export type OneOffHoliday = z.infer<typeof OneOffHoliday>;

/** What the working-day functions need from a deadline policy: extra one-off holidays. */
export type HolidayPolicy = { readonly oneOffHolidays?: readonly OneOffHoliday[] | undefined };

/**
 * England and Wales one-off bank holidays proclaimed since 1978. These always count; a
 * deadline policy's `oneOffHolidays` adds to them (for one announced after this release).
 * Holidays that were moved rather than added live in movedBankHolidays.ts.
 */
export const ENGLAND_AND_WALES_ONE_OFF_HOLIDAYS: readonly OneOffHoliday[] = Object.freeze([
  { date: '1981-07-29', name: 'Royal wedding (Prince Charles and Lady Diana Spencer)' },
  { date: '1999-12-31', name: 'Millennium celebrations' },
  { date: '2002-06-03', name: 'Golden Jubilee bank holiday' },
  { date: '2011-04-29', name: 'Royal wedding (Prince William and Catherine Middleton)' },
  { date: '2012-06-05', name: 'Diamond Jubilee bank holiday' },
  { date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
  { date: '2022-09-19', name: 'Bank holiday for the State Funeral of Queen Elizabeth II' },
  { date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III' },
]);
