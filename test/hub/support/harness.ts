import type { Hono } from 'hono';
import type { ReferenceData } from '../../../src/core/schemas';
import type { EnrolResponse } from '../../../src/core/sync';
import type { Db } from '../../../src/hub/db/db';
import { saveReferenceItems } from '../../../src/hub/db/queries/reference-items';
import type { HubLimits } from '../../../src/hub/http/api-deps';
import { createApp } from '../../../src/hub/http/app';
import { referenceItems } from '../../../src/hub/services/reference-items';
import { createStaffUser } from '../../../src/hub/services/staff-auth';
import { openTestDb } from '../test-db';
import { testClock, type TestClock } from './clock';
import { twoMembers } from './fixtures';
import { appFetch, enrolDevice, signInStaff, type HubFetch, type StaffLogin } from './hub-client';

export const STAFF = { email: 'staff@hub.example', password: 'correct horse battery staple' };

export interface Harness {
  db: Db;
  app: Hono;
  clock: TestClock;
  /** Requests into the app, from one client IP. */
  hub: HubFetch;
  staff: () => Promise<StaffLogin>;
  /** Enrols a new device of `memberId` through the API; its token and share. */
  device: (memberId: string, name?: string) => Promise<EnrolResponse>;
  close: () => Promise<void>;
}

/** So that tests which are not about the limits never meet them. */
const GENEROUS_LIMITS: Partial<HubLimits> = { deviceBurst: 1_000_000, signInAttemptsPerIp: 10_000, enrolFailuresPerIp: 10_000 };

/**
 * A hub in process on this run's test database, with the two-member consortium loaded, one
 * staff user (STAFF) and a clock the test moves. Limits are the defaults unless given.
 */
export async function openHarness(options: { limits?: Partial<HubLimits>; reference?: ReferenceData } = {}): Promise<Harness> {
  const db = await openTestDb();
  await loadReference(db, options.reference ?? twoMembers());
  await createStaffUser(db, { ...STAFF, displayName: 'Hub Staff' });
  const clock = testClock();
  const app = createApp({ db, now: clock.now, limits: { ...GENEROUS_LIMITS, ...options.limits } });
  const hub = appFetch(app);
  return {
    db,
    app,
    clock,
    hub,
    staff: () => signInStaff(hub, STAFF.email, STAFF.password),
    device: (memberId, name) => enrolDevice(hub, STAFF, memberId, name),
    close: () => db.close(),
  };
}

export function loadReference(db: Db, reference: ReferenceData): Promise<number> {
  return db.transaction((tx) => saveReferenceItems(tx, referenceItems(reference)));
}
