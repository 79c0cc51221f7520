import type { PrimeContractPerformance } from '../../../core/hub-api';
import { hoursByRole, p5VolunteerDividend } from '../../../core/performance';
import type { RecordData, VolunteerRole } from '../../../core/schemas';

type VolunteerDividendRow = PrimeContractPerformance['subContracts'][number]['volunteerDividend'];

/** P5 for one sub-contract's volunteer-hours records of the quarter, in the API's shape. */
export function volunteerDividendRow(records: readonly RecordData[], roles: readonly VolunteerRole[]): VolunteerDividendRow {
  const d = p5VolunteerDividend(hoursByRole(records), roles);
  return {
    totalHours: d.totalHours,
    totalPence: d.totalPence,
    lines: d.lines.map((l) => ({ roleId: l.roleId, roleName: l.roleName, hours: l.hours, hourlyRatePence: l.hourlyRatePence, valuePence: l.valuePence })),
    unpricedHours: d.unpriced.reduce((n, u) => n + u.hours, 0),
    sources: d.sources,
  };
}
