// Devices and a hub for the sync client's tests: real Dexie databases (fake-indexeddb) and a
// real hub in this process (test/hub/support/in-process-hub.ts), nothing mocked in between.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import type { ContactRecord, RecordData } from '../../src/core/schemas';
import type { StoredRecord } from '../../src/app/store/types';
import { AppDb } from '../../src/app/store/db';
import { saveEnrolment } from '../../src/app/store/saveEnrolment';
import { saveRecord, type RecordInput } from '../../src/app/store/saveRecord';
import { dexieSyncStore } from '../../src/app/sync/dexieSyncStore';
import { syncOnce, type SyncOptions, type SyncReport } from '../../src/app/sync/syncOnce';
import type { Transport } from '../../src/app/sync/types';
import type { HubLimits } from '../../src/hub/http/api-deps';
import { createApp } from '../../src/hub/http/app';
import { createStaffUser } from '../../src/hub/services/staff-auth';
import { NORTH, people, subContractOf, twoMembers } from '../hub/support/fixtures';
import { loadReference, STAFF } from '../hub/support/harness';
import { appFetch, enrolDevice, signInStaff, staffHeaders } from '../hub/support/hub-client';
import type { InProcessHub } from '../hub/support/in-process-hub';
import { openTestDb } from '../hub/test-db';

let counter = 0;

/** What the sync tests need of a hub: openInProcessHub's shape (restart only there). */
export type TestHub = Pick<InProcessHub, 'fetch' | 'baseUrl' | 'db' | 'enrol' | 'close'> & {
  /** Revokes a device through the staff API, as hub staff would. */
  revoke(deviceId: string): Promise<void>;
};

/**
 * A hub on this run's test database (PGlite in memory, or a schema of TEST_DATABASE_URL) with
 * the two-member consortium: quicker to open than openInProcessHub, for tests that need no
 * restart. Limits are generous unless given.
 */
export async function memoryHub(
  options: { limits?: Partial<HubLimits>; bodyLimitBytes?: number; now?: () => Date } = {},
): Promise<TestHub> {
  const db = await openTestDb();
  await loadReference(db, twoMembers());
  await createStaffUser(db, { ...STAFF, displayName: 'Hub Staff' });
  const app = createApp({
    db,
    limits: { deviceBurst: 1_000_000, signInAttemptsPerIp: 1_000_000, enrolFailuresPerIp: 1_000_000, ...options.limits },
    ...(options.bodyLimitBytes ? { bodyLimitBytes: options.bodyLimitBytes } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const relative = appFetch(app);
  const baseUrl = 'http://hub.test';
  return {
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => relative(String(input).replace(baseUrl, ''), init)) as typeof fetch,
    baseUrl,
    db,
    enrol: (memberId, deviceName) => enrolDevice(relative, STAFF, memberId, deviceName),
    close: () => db.close(),
    revoke: async (deviceId) => {
      const login = await signInStaff(relative, STAFF.email, STAFF.password);
      const response = await relative(`/api/devices/${deviceId}/revoke`, { method: 'POST', headers: staffHeaders(login) });
      if (response.status !== 200) throw new Error(`Revoking failed: ${response.status} ${await response.text()}`);
    },
  };
}

export type Device = {
  db: AppDb;
  deviceId: string;
  memberId: string;
  /** One sync through `transport` (the hub directly by default). */
  sync(options?: Partial<SyncOptions>): Promise<SyncReport>;
};

/** A transport straight into the hub in process. */
export function hubTransport(hub: Pick<InProcessHub, 'fetch' | 'baseUrl'>): Transport {
  return (path, init) => hub.fetch(`${hub.baseUrl}${path}`, init);
}

/** A device enrolled with the hub through its API, with its own fresh database. */
export async function enrolledDevice(hub: Pick<InProcessHub, 'fetch' | 'baseUrl' | 'enrol'>, memberId: string, transport: Transport = hubTransport(hub)): Promise<Device> {
  counter += 1;
  const enrolment = await hub.enrol(memberId, `Tablet ${counter}`);
  const db = new AppDb(`sync-test-${counter}-${Math.random().toString(36).slice(2)}`, { indexedDB, IDBKeyRange });
  await saveEnrolment(db, enrolment, { deviceName: `Tablet ${counter}`, storagePersisted: null });
  const store = dexieSyncStore(db);
  return {
    db,
    deviceId: enrolment.deviceId,
    memberId,
    sync: (options = {}) => syncOnce({ store, transport, compress: false, ...options }),
  };
}

/** A contact of `memberId`'s sub-contract, as the form gives it. */
export function contactInput(memberId: string, overrides: Partial<RecordInput> = {}): RecordInput {
  return {
    type: 'contact',
    subContractId: subContractOf(memberId),
    date: '2026-05-01',
    clientRef: 'BRK-0001',
    service: 'Advice',
    isNew: true,
    demographics: {},
    interventions: 1,
    ...overrides,
  } as RecordInput;
}

/** Saves a contact made by the member's staff person. */
export async function saveContact(
  device: Device,
  overrides: Partial<RecordInput> = {},
  personId = people(device.memberId).staff,
): Promise<StoredRecord & ContactRecord> {
  return (await saveRecord(device.db, contactInput(device.memberId, overrides), personId)) as StoredRecord & ContactRecord;
}

export type HubRecord = { id: string; version: number; deleted: boolean; data: RecordData | null; deviceId: string };

/** The member's records as the hub holds them, by id. */
export async function hubRecords(hub: Pick<InProcessHub, 'db'>, memberId: string): Promise<Map<string, HubRecord>> {
  const { rows } = await hub.db.query<{ id: string; version: number; deleted: boolean; data: RecordData | null; device_id: string }>(
    'select id, version, deleted, data, device_id from records where member_id = $1 order by id',
    [memberId],
  );
  return new Map(rows.map((r) => [r.id, { id: r.id, version: r.version, deleted: r.deleted, data: r.data, deviceId: r.device_id }]));
}

/** Every outbox entry, oldest first. */
export function outbox(device: Device) {
  return device.db.outbox.toArray();
}

/**
 * The usual set-up of a sync test file: one hub for the file (handed to `opened`), devices of the
 * member NORTH enrolled with it and deleted after each test, and further hubs closed at the end.
 * Enrolling signs hub staff in (scrypt), which is slow on a busy machine: hence the timeouts.
 */
export function syncTestBed(opened: (hub: TestHub) => void, options: Parameters<typeof memoryHub>[0] = {}) {
  vi.setConfig({ testTimeout: 30_000 });
  let main: TestHub | undefined;
  const hubs: TestHub[] = [];
  const devices: Device[] = [];
  beforeAll(async () => {
    main = await memoryHub(options);
    opened(main);
  }, 60_000);
  afterAll(async () => {
    await main?.close();
    for (const h of hubs.splice(0)) await h.close();
  });
  afterEach(async () => {
    for (const d of devices.splice(0)) await d.db.delete();
  });
  return {
    /** A device enrolled to NORTH with the file's hub, or with `on`. */
    async device(transport?: Transport, on?: TestHub): Promise<Device> {
      const hub = on ?? main;
      if (!hub) throw new Error('syncTestBed: the hub is opened in beforeAll; ask for devices inside tests');
      const d = await enrolledDevice(hub, NORTH, transport);
      devices.push(d);
      return d;
    },
    /** Another hub (other limits), closed after the file's tests. */
    async otherHub(hubOptions: Parameters<typeof memoryHub>[0]): Promise<TestHub> {
      const h = await memoryHub(hubOptions);
      hubs.push(h);
      return h;
    },
  };
}
