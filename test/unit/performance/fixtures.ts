import { Indicator, ProfileVersion, ReturnVersion, SubContract, defaultValidationSettings } from '../../../src/core/schemas';

export const settings = defaultValidationSettings();

export const indicators = {
  clients: Indicator.parse({ id: 'clients', name: 'Unique clients supported', kind: 'count', source: 'unique-clients', key: true }),
  sessions: Indicator.parse({ id: 'sessions', name: 'Sessions delivered', kind: 'count', source: 'sessions', key: true }),
  referrals: Indicator.parse({ id: 'referrals', name: 'Onward referrals made', kind: 'count', source: 'manual' }),
  hours: Indicator.parse({ id: 'hours', name: 'Volunteer hours', kind: 'hours', source: 'volunteer-hours' }),
  spend: Indicator.parse({ id: 'spend', name: 'Spend', kind: 'money', source: 'spend' }),
};

type Targets = Record<string, Record<string, number>>;

/** A profile version: quarter → indicator id → target. */
export function profile(subContractId: string, version: number, effectiveFrom: string, targets: Targets): ProfileVersion {
  return ProfileVersion.parse({
    id: `${subContractId}-v${version}`,
    subContractId,
    version,
    effectiveFrom,
    reason: version === 1 ? 'Original profile' : 'Re-profiled',
    agreedBy: 'Hub contract manager',
    agreedAt: '2026-03-01T10:00:00.000Z',
    targets: Object.entries(targets).flatMap(([quarter, byIndicator]) =>
      Object.entries(byIndicator).map(([indicatorId, target]) => ({ indicatorId, quarter, target })),
    ),
  });
}

/** The same targets every quarter of the given quarters. */
export function flatTargets(quarters: string[], byIndicator: Record<string, number>): Targets {
  return Object.fromEntries(quarters.map((q) => [q, byIndicator]));
}

type FigureSpec = number | null | { value: number | null; yearToDate?: number | null; breakdowns?: Record<string, Record<string, number | null>> };

export function ret(subContractId: string, quarter: string, figures: Record<string, FigureSpec>, extra: Partial<ReturnVersion> = {}): ReturnVersion {
  return ReturnVersion.parse({
    id: `ret-${subContractId}-${quarter}-v${extra.version ?? 1}`,
    memberId: `m-${subContractId}`,
    subContractId,
    quarter,
    version: 1,
    state: 'accepted',
    figures: Object.entries(figures).map(([indicatorId, f]) => (typeof f === 'object' && f !== null ? { indicatorId, ...f } : { indicatorId, value: f })),
    updatedAt: '2026-07-20T10:00:00.000Z',
    updatedBy: 'hub',
    ...extra,
  });
}

export function subContract(id: string, primeContractId = 'pc', extra: Partial<SubContract> = {}): SubContract {
  return SubContract.parse({
    id,
    memberId: `m-${id}`,
    primeContractId,
    name: id,
    start: '2025-04-01',
    end: '2027-03-31',
    valuePence: 1_000_000,
    templateId: 't',
    ...extra,
  });
}

export const FY2026 = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
export const FY2025 = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];
