// Shared set-up for the returns tests: the test member with a profile (so C4 can warn) and helpers.
import { ReferenceData, type ReturnVersion } from '../../src/core/schemas';
import type { HubReturn } from '../../src/core/sync';
import type { AppDb } from '../../src/app/store/db';
import { saveRecord } from '../../src/app/store/saveRecord';
import { aContact, enrolledDb, testReference } from './fixtures';

export const SC = 'sc-advice';
export const Q = '2026-Q1' as const;
export const KEY = `${SC}/${Q}`;
export const MANAGER = 'p-manager';

/** The test member, with a Q1 profile: 1 client and 10 sessions (so 1 session is 90% below: a C4 warning). */
export function returnsReference(extra: Partial<ReferenceData> = {}): ReferenceData {
  const base = testReference();
  return ReferenceData.parse({
    ...base,
    profiles: [
      {
        id: 'prof-1', subContractId: SC, version: 1, effectiveFrom: '2026-Q1', reason: 'Agreed at award', agreedBy: 'Hub', agreedAt: '2026-03-01T09:00:00.000Z',
        targets: [
          { indicatorId: 'clients', quarter: Q, target: 1 },
          { indicatorId: 'sessions', quarter: Q, target: 10 },
        ],
      },
    ],
    ...extra,
  });
}

export async function returnsDb(reference = returnsReference()): Promise<AppDb> {
  return enrolledDb(reference);
}

/** One contact in Q1 (a new client, 2 interventions). */
export function recordContact(db: AppDb, over: Partial<typeof aContact> = {}) {
  return saveRecord(db, { ...aContact, ...over }, 'p-staff', { now: new Date('2026-05-12T10:00:00Z') });
}

/** The hub's copy of a version as a pull brings it. */
export function hubReturn(version: ReturnVersion, over: Partial<HubReturn> = {}): HubReturn {
  return {
    returnId: `hub-${version.subContractId}-${version.quarter}`,
    memberId: version.memberId,
    subContractId: version.subContractId,
    quarter: version.quarter,
    state: 'validated',
    version: { ...version, state: over.state ?? 'validated', receivedAt: '2026-07-02T10:00:00.000Z' },
    findings: [],
    completeness: 1,
    timeliness: { status: 'on time', label: 'On time — received Thu 2 Jul 2026 at 11:00', dueDate: '2026-07-14' },
    acceptedAt: null,
    acceptedBy: null,
    updatedAt: '2026-07-02T10:00:00.000Z',
    ...over,
  };
}
