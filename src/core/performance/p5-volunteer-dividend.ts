import type { RecordData, VolunteerRole } from '../schemas';

export type DividendLine = {
  roleId: string;
  roleName: string;
  hours: number;
  hourlyRatePence: number;
  /** hours × rate, rounded once (half up) to whole pence. */
  valuePence: number;
  rateSource: string;
  rateYear: number;
};

export type VolunteerDividend = {
  lines: DividendLine[];
  totalHours: number;
  /** The sum of the lines, so the table adds up as shown. */
  totalPence: number;
  /** Hours whose role has no rate: counted in no value, listed so someone can add the rate. */
  unpriced: { roleId: string; hours: number }[];
  /** Each distinct source and year of the rates used, e.g. for a footnote. */
  sources: { rateSource: string; rateYear: number }[];
};

/**
 * P5 volunteer dividend: for each role, hours × the role's equivalent paid hourly rate, with the
 * rate table's source and year. Roles are listed in the rate table's order.
 */
export function p5VolunteerDividend(hoursByRole: ReadonlyMap<string, number>, roles: readonly VolunteerRole[]): VolunteerDividend {
  const lines: DividendLine[] = [];
  const unpriced: { roleId: string; hours: number }[] = [];
  const known = new Set(roles.map((r) => r.id));
  for (const role of roles) {
    const hours = hoursByRole.get(role.id);
    if (hours === undefined || hours === 0) continue;
    lines.push({
      roleId: role.id,
      roleName: role.name,
      hours,
      hourlyRatePence: role.hourlyRatePence,
      valuePence: Math.round(hours * role.hourlyRatePence),
      rateSource: role.rateSource,
      rateYear: role.rateYear,
    });
  }
  for (const [roleId, hours] of hoursByRole) if (!known.has(roleId) && hours > 0) unpriced.push({ roleId, hours });
  const sources = new Map(lines.map((l) => [`${l.rateYear}\u0000${l.rateSource}`, { rateSource: l.rateSource, rateYear: l.rateYear }]));
  return {
    lines,
    totalHours: [...hoursByRole.values()].reduce((a, b) => a + b, 0),
    totalPence: lines.reduce((n, l) => n + l.valuePence, 0),
    unpriced,
    sources: [...sources.values()],
  };
}

/** Volunteer hours by role from records (volunteer-hours records only; others are ignored). */
export function hoursByRole(records: readonly RecordData[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of records) if (r.type === 'volunteer-hours') out.set(r.roleId, (out.get(r.roleId) ?? 0) + r.hours);
  return out;
}
