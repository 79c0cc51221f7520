// A small consortium of two members, North and South, and builders for records and changes.
// Hub tests use it rather than the demo consortium so that they say exactly what they rely on.
import { ReferenceData, type ContactRecord, type RecordData, type SpendRecord, type VolunteerHoursRecord } from '../../../src/core/schemas';
import type { PushRequest, RecordChange } from '../../../src/core/sync';

export const NORTH = 'm-north';
export const SOUTH = 'm-south';

/** People per member: a manager, a member of staff and two volunteers. */
export const people = (member: string) => ({
  manager: `${member}-manager`,
  staff: `${member}-staff`,
  volunteer: `${member}-volunteer`,
  otherVolunteer: `${member}-volunteer-2`,
});
export const subContractOf = (member: string) => `sc-${member}`;

export function twoMembers(): ReferenceData {
  const member = (id: string, name: string) => ({ id, name, kind: 'full' as const });
  const peopleOf = (memberId: string) => {
    const p = people(memberId);
    return [
      { id: p.manager, memberId, displayName: 'Morgan Manager', role: 'manager' as const },
      { id: p.staff, memberId, displayName: 'Sam Staff', role: 'staff' as const },
      { id: p.volunteer, memberId, displayName: 'Val Volunteer', role: 'volunteer' as const, volunteerRoleId: 'befriender' },
      { id: p.otherVolunteer, memberId, displayName: 'Vic Volunteer', role: 'volunteer' as const, volunteerRoleId: 'befriender' },
    ];
  };
  const sub = (memberId: string) => ({
    id: subContractOf(memberId),
    memberId,
    primeContractId: 'pc-wellbeing',
    name: `Wellbeing – ${memberId}`,
    start: '2026-04-01',
    end: '2027-03-31',
    valuePence: 5_000_000,
    templateId: 'tpl-wellbeing',
    budgetLines: [{ lineId: 'staff', annualPence: 4_000_000 }],
  });
  return ReferenceData.parse({
    consortium: { id: 'c-test', name: 'Test Consortium' },
    members: [member(NORTH, 'Northside Advice'), member(SOUTH, 'Southside Carers')],
    primeContracts: [
      { id: 'pc-wellbeing', name: 'Community Wellbeing', commissioner: 'Test Council', start: '2026-04-01', end: '2027-03-31', deadlinePolicy: {}, settings: {} },
      { id: 'pc-unused', name: 'Nobody holds this', commissioner: 'Test Council', start: '2026-04-01', end: '2027-03-31', deadlinePolicy: {}, settings: {} },
    ],
    subContracts: [sub(NORTH), sub(SOUTH)],
    categorySets: [
      { id: 'age-band', name: 'Age band', categories: [{ id: '18-64', label: '18 to 64' }, { id: 'not-known', label: 'Not known' }] },
    ],
    indicators: [
      { id: 'unique-clients', name: 'Unique clients', kind: 'count', source: 'unique-clients', breakdowns: ['age-band'] },
      { id: 'volunteer-hours', name: 'Volunteer hours', kind: 'hours', source: 'volunteer-hours' },
    ],
    templates: [{ id: 'tpl-wellbeing', name: 'Wellbeing return', indicators: [{ indicatorId: 'unique-clients' }, { indicatorId: 'volunteer-hours' }] }],
    profiles: [NORTH, SOUTH].map((m) => ({
      id: `profile-${m}`,
      subContractId: subContractOf(m),
      version: 1,
      effectiveFrom: '2026-Q1',
      reason: 'Agreed at contract award',
      agreedBy: 'Hub contract manager',
      agreedAt: '2026-03-01T10:00:00.000Z',
      targets: [{ indicatorId: 'unique-clients', quarter: '2026-Q1', target: 40 }],
    })),
    volunteerRoles: [{ id: 'befriender', name: 'Befriender', hourlyRatePence: 1200, rateSource: 'ONS ASHE', rateYear: 2025 }],
    people: [...peopleOf(NORTH), ...peopleOf(SOUTH)],
  });
}

let counter = 0;
/** A fresh id in UUIDv7 shape, unique within this test process. */
export function newId(): string {
  counter += 1;
  const hex = counter.toString(16).padStart(12, '0');
  return `0190a1b2-c3d4-7e5f-8a9b-${hex}`;
}

const AT = '2026-05-01T09:00:00.000Z';

export function contact(member: string, overrides: Partial<ContactRecord> = {}): ContactRecord {
  return {
    id: newId(),
    memberId: member,
    subContractId: subContractOf(member),
    personId: people(member).staff,
    createdAt: AT,
    updatedAt: AT,
    version: 1,
    type: 'contact',
    date: '2026-05-01',
    clientRef: 'BRK-0042',
    service: 'Advice',
    isNew: true,
    demographics: {},
    interventions: 1,
    ...overrides,
  };
}

export function volunteerHours(member: string, volunteerId: string, overrides: Partial<VolunteerHoursRecord> = {}): VolunteerHoursRecord {
  return {
    id: newId(),
    memberId: member,
    subContractId: subContractOf(member),
    personId: volunteerId,
    createdAt: AT,
    updatedAt: AT,
    version: 1,
    type: 'volunteer-hours',
    date: '2026-05-01',
    volunteerId,
    roleId: 'befriender',
    hours: 2.5,
    activity: 'Befriending visit',
    ...overrides,
  };
}

export function spend(member: string, overrides: Partial<SpendRecord> = {}): SpendRecord {
  return {
    id: newId(),
    memberId: member,
    subContractId: subContractOf(member),
    personId: people(member).manager,
    createdAt: AT,
    updatedAt: AT,
    version: 1,
    type: 'spend',
    quarter: '2026-Q1',
    lineId: 'staff',
    amountPence: 125_000,
    note: '',
    ...overrides,
  };
}

/** The change that creates `record` (version 1 on base 0), or saves its next version. */
export function upsert(record: RecordData, changeId: string = newId()): RecordChange {
  return {
    changeId,
    entity: 'record',
    entityId: record.id,
    op: 'upsert',
    version: record.version,
    baseVersion: record.version - 1,
    personId: record.personId,
    deviceTime: record.updatedAt,
    data: record,
  };
}

/** The next version of `record`, edited by `personId` (its author by default). */
export function edited<T extends RecordData>(record: T, changes: Partial<T> = {}): T {
  return { ...record, ...changes, version: record.version + 1 };
}

export function remove(entityId: string, baseVersion: number, personId: string, changeId: string = newId()): RecordChange {
  return {
    changeId,
    entity: 'record',
    entityId,
    op: 'delete',
    version: baseVersion + 1,
    baseVersion,
    personId,
    deviceTime: AT,
    data: null,
  };
}

export function push(...changes: RecordChange[]): PushRequest {
  return { deviceTime: AT, changes };
}
