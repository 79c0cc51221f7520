// Builders for returns and the changes that carry them, on the two-member consortium of fixtures.ts.
// A sealed return for 2026-Q1 (Apr–Jun 2026, due Tue 14 Jul 2026) that passes every check, unless changed.
import { ReferenceData, type ReturnVersion } from '../../../src/core/schemas';
import type { ExtensionRequestChange, PushRequest, QueryAnswerChange, RecordChange, ReturnChange } from '../../../src/core/sync';
import { contact, NORTH, newId, people, SOUTH, subContractOf, twoMembers, upsert } from './fixtures';

export const Q1 = '2026-Q1';
/** The last moment of Tue 14 Jul 2026 in London (BST). */
export const Q1_DUE_AT = '2026-07-14T22:59:59.999Z';

/** Sub-contracts each member holds besides its own: one per test, so tests do not share a return. */
export const SLOTS = 16;

/**
 * The two-member consortium with SLOTS more sub-contracts per member (`sc-<member>-<n>`), each
 * profiled at 3 unique clients a quarter, so a return of 3 clients backed by 3 records passes.
 */
export function returnsConsortium(): ReferenceData {
  const base = twoMembers();
  const extra = [NORTH, SOUTH].flatMap((member) =>
    Array.from({ length: SLOTS }, (_, i) => ({ ...base.subContracts.find((s) => s.memberId === member)!, id: `sc-${member}-${i + 1}`, name: `Wellbeing ${i + 1} – ${member}` })),
  );
  const subContracts = [...base.subContracts, ...extra];
  const quarters = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
  return ReferenceData.parse({
    ...base,
    subContracts,
    profiles: subContracts.map((s) => ({
      id: `profile-${s.id}`,
      subContractId: s.id,
      version: 1,
      effectiveFrom: '2026-Q1',
      reason: 'Agreed at contract award',
      agreedBy: 'Hub contract manager',
      agreedAt: '2026-03-01T10:00:00.000Z',
      targets: quarters.map((quarter) => ({ indicatorId: 'unique-clients', quarter, target: 3 })),
    })),
  });
}

const used = new Map<string, number>();
/** A sub-contract of `member` no other test in this file has used. */
export function freshSubContract(member: string): string {
  const n = (used.get(member) ?? 0) + 1;
  if (n > SLOTS) throw new Error(`More than ${SLOTS} sub-contracts asked for ${member} in one test file`);
  used.set(member, n);
  return `sc-${member}-${n}`;
}

/** `n` contacts with different clients in Q1 of the sub-contract: the records behind a return of n clients. */
export function clientRecords(member: string, subContractId: string, n = 3): RecordChange[] {
  return Array.from({ length: n }, (_, i) => upsert(contact(member, { subContractId, clientRef: `CL-${String(i + 1).padStart(4, '0')}` })));
}

/** A sealed Q1 return of 3 clients (derived from records) and 12.5 volunteer hours, sealed on the device at `sealedAtDevice`. */
export function sealedReturn(member: string, overrides: Partial<ReturnVersion> = {}, sealedAtDevice = '2026-07-10T10:00:00.000Z'): ReturnVersion {
  const manager = people(member).manager;
  return {
    id: newId(),
    memberId: member,
    subContractId: subContractOf(member),
    quarter: Q1,
    version: 1,
    state: 'sealed',
    nil: null,
    figures: [
      { indicatorId: 'unique-clients', value: 3, breakdowns: {}, derived: 3, overrideReason: '', yearToDate: 3 },
      { indicatorId: 'volunteer-hours', value: 12.5, breakdowns: {}, derived: null, overrideReason: '' },
    ],
    narrative: {},
    finance: {},
    explanations: {},
    seal: {
      declarationAccepted: true,
      managerId: manager,
      managerName: 'Morgan Manager',
      sealedAtDevice,
      sealedAtCorrected: sealedAtDevice,
      skewMs: 0,
    },
    receivedAt: null,
    updatedAt: sealedAtDevice,
    updatedBy: manager,
    ...overrides,
  };
}

/** The next version of `ret`, with changed figures (a resubmission). */
export function resubmitted(ret: ReturnVersion, overrides: Partial<ReturnVersion> = {}): ReturnVersion {
  return { ...ret, id: newId(), version: ret.version + 1, ...overrides };
}

export function returnChange(ret: ReturnVersion, personId = ret.seal?.managerId ?? ret.updatedBy, changeId = newId()): ReturnChange {
  return {
    changeId,
    entity: 'return',
    entityId: ret.id,
    op: 'upsert',
    version: 1,
    baseVersion: 0,
    personId,
    deviceTime: ret.seal?.sealedAtDevice ?? ret.updatedAt,
    data: ret,
  };
}

export function answerChange(queryId: string, comment: string, personId: string): QueryAnswerChange {
  const id = newId();
  return { changeId: newId(), entity: 'query-answer', entityId: id, op: 'upsert', version: 1, baseVersion: 0, personId, deviceTime: '2026-07-20T09:00:00.000Z', data: { id, queryId, comment } };
}

export function extensionRequestChange(member: string, requestedDueDate: string, personId = people(member).manager, quarter = Q1): ExtensionRequestChange {
  const id = newId();
  return {
    changeId: newId(),
    entity: 'extension-request',
    entityId: id,
    op: 'upsert',
    version: 1,
    baseVersion: 0,
    personId,
    deviceTime: '2026-07-08T09:00:00.000Z',
    data: { id, subContractId: subContractOf(member), quarter, requestedDueDate, reason: 'Our manager is on leave until the end of July.' },
  };
}

/** A push of `changes` as a device whose clock reads `deviceTime`. */
export function pushAt(deviceTime: string, ...changes: PushRequest['changes']): PushRequest {
  return { deviceTime, changes };
}
