import type { EnrolmentCodeIssued } from '../../core/hub-api';
import type { ReferenceData } from '../../core/schemas';
import type { Db } from '../db/db';
import { readMeta, writeMeta } from '../db/queries/hub-meta';
import { countHubUsers, firstHubUser, setHubUserPassword } from '../db/queries/hub-users';
import { hasConsortium, listMembers, saveReferenceItems } from '../db/queries/reference-items';
import { issueEnrolmentCode } from './enrolment';
import { hashPassword } from './passwords';
import { referenceItems } from './reference-items';
import { importReturnHistory } from './returns/import-history';
import { randomPassword } from './secrets';
import { createStaffUser } from './staff-auth';

export const DEMO_STAFF_EMAIL = 'hub@demo.example';
const DEMO_META_KEY = 'demo_consortium';

export interface StartOptions {
  /** The demo consortium to load into an empty hub; undefined to start empty (DEMO=0). */
  demo: ReferenceData | undefined;
  now: Date;
  /** Email of the staff user made when there is none. */
  staffEmail?: string;
  /** Give the first staff user a new random password (it is printed once). */
  resetStaffPassword?: boolean;
}

export interface StartReport {
  /** The consortium's name when this start loaded the demo consortium. */
  demoLoaded: string | undefined;
  /** Whether the hub holds the demo consortium (loaded now or at an earlier start). */
  demoInUse: boolean;
  /** Set only when this start made the staff user or reset its password: printed once, never stored. */
  staffSignIn: { email: string; password: string } | undefined;
  /** The first staff user's email, for "sign in as …" on later starts. */
  staffEmail: string | undefined;
  /** Fresh one-time codes for the demo members (24 hours), made at every demo start. */
  enrolmentCodes: EnrolmentCodeIssued[];
}

/**
 * Gets a hub's data ready at start, in one transaction under an advisory lock (several hub
 * processes may start at once): loads the demo consortium into an empty hub, makes the first
 * staff user with a random password when there is none, and, while the demo consortium is in
 * use, issues an enrolment code per demo member so that tablets can be enrolled at once.
 */
export async function prepareHubData(db: Db, options: StartOptions): Promise<StartReport> {
  const password = randomPassword();
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext('consortium-returns first start ' || current_schema()))`);
    let demoLoaded: string | undefined;
    if (options.demo && !(await hasConsortium(tx))) {
      await saveReferenceItems(tx, referenceItems(options.demo));
      // The demo's accepted history, as locked returns in the returns grid.
      await importReturnHistory(tx, options.demo.returns);
      await writeMeta(tx, DEMO_META_KEY, { loadedAt: options.now.toISOString(), name: options.demo.consortium.name });
      demoLoaded = options.demo.consortium.name;
    }
    let staffSignIn: StartReport['staffSignIn'];
    if ((await countHubUsers(tx)) === 0) {
      const email = (options.staffEmail ?? DEMO_STAFF_EMAIL).toLowerCase();
      await createStaffUser(tx, { email, displayName: 'Hub staff', password, passwordHash });
      staffSignIn = { email, password };
    } else if (options.resetStaffPassword) {
      const user = (await firstHubUser(tx))!;
      await setHubUserPassword(tx, user.id, passwordHash);
      staffSignIn = { email: user.email, password };
    }
    const demoInUse = options.demo !== undefined && (await readMeta(tx, DEMO_META_KEY)) !== undefined;
    const enrolmentCodes: EnrolmentCodeIssued[] = [];
    if (demoInUse) {
      for (const member of (await listMembers(tx)).filter((m) => m.active)) {
        enrolmentCodes.push(await issueEnrolmentCode(tx, member.id, { now: options.now, createdBy: null }));
      }
    }
    return { demoLoaded, demoInUse, staffSignIn, staffEmail: (await firstHubUser(tx))?.email, enrolmentCodes };
  });
}
