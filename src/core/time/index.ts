// Time for the validation core: UK financial-year quarters, Europe/London days and England and
// Wales working days. Pure: only the language and zod.
export * from './localDate';
export * from './instant';
export * from './quarterId';
export * from './quarterOf';
export * from './quarterNavigation';
export * from './quarterLabel';
export * from './financialYear';
export * from './london';
export * from './format';
export * from './easter';
export * from './oneOffHolidays';
export * from './movedBankHolidays';
export { FIRST_MODELLED_YEAR, ruleBankHolidays } from './bankHolidayRules';
export * from './bankHolidays';
export * from './deadlinePolicy';
export * from './workingDays';
export * from './extension';
