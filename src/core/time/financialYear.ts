import { LocalDate, parseLocalDate } from './localDate';
import { QuarterId, type QuarterNumber, formatQuarterId, parseQuarterId } from './quarterId';

/**
 * The financial year (as its start year, e.g. 2026 for 2026/27) of a date or a quarter.
 * Dates in January–March belong to the year that started the April before.
 */
export function financialYearOf(dateOrQuarter: LocalDate | QuarterId): number {
  if (QuarterId.safeParse(dateOrQuarter).success) return parseQuarterId(dateOrQuarter).financialYear;
  if (!LocalDate.safeParse(dateOrQuarter).success) {
    throw new RangeError(`Not a date (YYYY-MM-DD) or a quarter (YYYY-Qn): ${JSON.stringify(dateOrQuarter)}`);
  }
  const { year, month } = parseLocalDate(dateOrQuarter);
  return month <= 3 ? year - 1 : year;
}

/** '2026/27' for 2026; '2099/00' for 2099. */
export function financialYearLabel(financialYear: number): string {
  if (!Number.isInteger(financialYear) || financialYear < 0 || financialYear > 9999) {
    throw new RangeError(`Financial year ${financialYear} is outside 0000–9999`);
  }
  return `${String(financialYear).padStart(4, '0')}/${String((financialYear + 1) % 100).padStart(2, '0')}`;
}

/** Q1 to Q4 of a financial year, in order. */
export function quartersOfFinancialYear(financialYear: number): QuarterId[] {
  return ([1, 2, 3, 4] as const).map((quarter) => formatQuarterId({ financialYear, quarter }));
}

/** Q1 up to and including the given quarter, in order: the quarters a year-to-date figure covers. */
export function yearToDateQuarters(quarterId: QuarterId): QuarterId[] {
  const { financialYear, quarter } = parseQuarterId(quarterId);
  return quartersOfFinancialYear(financialYear).slice(0, quarter as QuarterNumber);
}
