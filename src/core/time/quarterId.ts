import { z } from 'zod';

/**
 * A UK financial-year quarter, 'YYYY-Qn', where YYYY is the year the financial year STARTS:
 * '2026-Q1' is FY 2026/27 Q1 (1 Apr–30 Jun 2026) and '2026-Q4' is Jan–Mar 2027.
 */
export const QuarterId = z
  .string()
  .regex(/^\d{4}-Q[1-4]$/, { error: "Enter a quarter as YYYY-Qn, e.g. '2026-Q1' for April to June 2026" });
export type QuarterId = z.infer<typeof QuarterId>;

export type QuarterNumber = 1 | 2 | 3 | 4;

/** The parts of a quarter id: the financial year's start year and the quarter number. */
export type QuarterParts = { financialYear: number; quarter: QuarterNumber };

export function parseQuarterId(quarter: string): QuarterParts {
  if (!QuarterId.safeParse(quarter).success) {
    throw new RangeError(`Not a quarter in the form YYYY-Qn (e.g. 2026-Q1): ${JSON.stringify(quarter)}`);
  }
  return { financialYear: Number(quarter.slice(0, 4)), quarter: Number(quarter.slice(6)) as QuarterNumber };
}

export function formatQuarterId({ financialYear, quarter }: QuarterParts): QuarterId {
  if (!Number.isInteger(financialYear) || financialYear < 0 || financialYear > 9999) {
    throw new RangeError(`Financial year ${financialYear} is outside 0000–9999`);
  }
  return `${String(financialYear).padStart(4, '0')}-Q${quarter}`;
}
