import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { NOT_KNOWN, ReferenceData, type ReturnState } from '../../src/core/schemas';
import type { EnrolResponse } from '../../src/core/sync';
import { AppDb } from '../../src/app/store/db';
import { saveEnrolment } from '../../src/app/store/saveEnrolment';

/** A small member set-up: one sub-contract, two category sets, an outcome, a finance line, four people. */
export function testReference(returnState?: ReturnState): ReferenceData {
  return ReferenceData.parse({
    consortium: { id: 'c', name: 'Riverside Consortium' },
    members: [{ id: 'brook', name: 'Brook Advice Centre', kind: 'full' }],
    primeContracts: [
      { id: 'pc', name: 'Advice and wellbeing', commissioner: 'Riverside Council', start: '2026-04-01', end: '2027-03-31', deadlinePolicy: {}, settings: {} },
    ],
    subContracts: [
      { id: 'sc-advice', memberId: 'brook', primeContractId: 'pc', name: 'Debt advice', start: '2026-04-01', end: '2027-03-31', valuePence: 2_000_000, templateId: 't' },
    ],
    categorySets: [
      { id: 'age-band', name: 'Age band', categories: [{ id: '18-24', label: '18 to 24' }, { id: '25-64', label: '25 to 64' }, { id: NOT_KNOWN, label: 'Not known / prefer not to say' }] },
      { id: 'gender', name: 'Gender', categories: [{ id: 'woman', label: 'Woman' }, { id: 'man', label: 'Man' }, { id: NOT_KNOWN, label: 'Not known / prefer not to say' }] },
    ],
    indicators: [
      { id: 'clients', name: 'Unique clients supported', kind: 'count', source: 'unique-clients', breakdowns: ['age-band', 'gender'] },
      { id: 'sessions', name: 'Sessions delivered', kind: 'count', source: 'sessions' },
      { id: 'debt-managed', name: 'Clients managing their debt', kind: 'count', source: 'outcome' },
      { id: 'hours', name: 'Volunteer hours', kind: 'hours', source: 'volunteer-hours' },
    ],
    templates: [
      {
        id: 't',
        name: 'Advice template',
        indicators: [{ indicatorId: 'clients', requiredBreakdowns: ['age-band'] }, { indicatorId: 'sessions' }, { indicatorId: 'debt-managed' }, { indicatorId: 'hours' }],
        financeLines: [{ id: 'staff', label: 'Staff costs' }],
      },
    ],
    profiles: [],
    volunteerRoles: [{ id: 'befriender', name: 'Befriender', hourlyRatePence: 1200, rateSource: 'ONS ASHE', rateYear: 2025 }],
    people: [
      { id: 'p-manager', memberId: 'brook', displayName: 'Mona Manager', role: 'manager' },
      { id: 'p-staff', memberId: 'brook', displayName: 'Sam Staff', role: 'staff' },
      { id: 'p-vol-1', memberId: 'brook', displayName: 'Vic Volunteer', role: 'volunteer', volunteerRoleId: 'befriender' },
      { id: 'p-vol-2', memberId: 'brook', displayName: 'Val Volunteer', role: 'volunteer', volunteerRoleId: 'befriender' },
    ],
    returns: returnState
      ? [{ id: 'r1', memberId: 'brook', subContractId: 'sc-advice', quarter: '2026-Q1', version: 1, state: returnState, updatedAt: '2026-07-01T09:00:00.000Z', updatedBy: 'p-manager' }]
      : [],
  });
}

export function testEnrolResponse(reference: ReferenceData = testReference()): EnrolResponse {
  return { deviceId: 'dev-1', token: 'x'.repeat(43), memberId: 'brook', reference, hubTime: '2026-05-01T09:00:00.000Z' };
}

// Dexie's liveQuery does nothing unless Dexie knows an IndexedDB (in Node there is no global
// one): give it fake-indexeddb. Each database still gets it explicitly (freshDb).
Dexie.dependencies.indexedDB = indexedDB;
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

let counter = 0;
/** A fresh database of its own (fake-indexeddb passed explicitly: Dexie caches the global one). */
export function freshDb(): AppDb {
  counter += 1;
  return new AppDb(`test-${counter}-${Math.random().toString(36).slice(2)}`, { indexedDB, IDBKeyRange });
}

/** A fresh database already enrolled with the test member. */
export async function enrolledDb(reference: ReferenceData = testReference()): Promise<AppDb> {
  const db = freshDb();
  await saveEnrolment(db, testEnrolResponse(reference), { deviceName: 'Hall tablet', storagePersisted: true });
  return db;
}

export const aContact = {
  type: 'contact' as const,
  subContractId: 'sc-advice',
  date: '2026-05-12',
  clientRef: 'BRK-0001',
  service: 'Drop-in',
  isNew: true,
  demographics: { 'age-band': '25-64', gender: NOT_KNOWN },
  interventions: 2,
};
