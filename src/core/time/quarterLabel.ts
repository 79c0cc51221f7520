import { financialYearLabel } from './financialYear';
import { type QuarterId, parseQuarterId } from './quarterId';

const MONTHS: Record<1 | 2 | 3 | 4, string> = { 1: 'Apr–Jun', 2: 'Jul–Sep', 3: 'Oct–Dec', 4: 'Jan–Mar' };

/** How people name a quarter: 'Q1 2026/27 (Apr–Jun 2026)', 'Q4 2026/27 (Jan–Mar 2027)'. */
export function quarterLabel(quarterId: QuarterId): string {
  const { financialYear, quarter } = parseQuarterId(quarterId);
  const calendarYear = quarter === 4 ? financialYear + 1 : financialYear;
  return `Q${quarter} ${financialYearLabel(financialYear)} (${MONTHS[quarter]} ${calendarYear})`;
}
