import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { demoReferenceData } from '../../../src/core/demo';
import { ReturnVersion } from '../../../src/core/schemas';
import type { Change, EnrolResponse, ExtensionRequestChange, PushRequest, PushResponse, ReturnChange } from '../../../src/core/sync';
import { previousQuarter } from '../../../src/core/time';
import { TABLET } from './chromium';
import type { TestHub } from './hub';
import { checkScreen } from './screen-check';

/** The staff sign-in a fresh test hub printed at its first start (it makes the first staff user). */
export function staffSignIn(hub: TestHub): { email: string; password: string } {
  const signIn = hub.start.staffSignIn;
  if (!signIn) throw new Error('The test hub did not make a staff user at start: it should start with an empty database.');
  return signIn;
}

/** Signs in through the hub's sign-in page, as hub staff would, and waits for the page after it. */
export async function signInThroughPage(page: Page, hub: TestHub, next = '/hub/members'): Promise<void> {
  const { email, password } = staffSignIn(hub);
  await page.goto(new URL(`/hub/sign-in?next=${encodeURIComponent(next)}`, hub.url).href);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === next.split('?')[0]);
}

/** Enrols a device with a code, as a tablet would (POST /api/enrol). */
export async function enrolWithCode(hub: TestHub, code: string, deviceName: string): Promise<EnrolResponse> {
  const response = await fetch(new URL('/api/enrol', hub.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, deviceName }),
  });
  if (response.status !== 201) throw new Error(`Enrolment failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as EnrolResponse;
}

/** A device of `memberId`, enrolled with the code the hub made for it at start (demo members only). */
export async function enrolDemoDevice(hub: TestHub, memberId: string, deviceName = 'Office tablet'): Promise<EnrolResponse> {
  const issued = hub.start.enrolmentCodes.find((c) => c.memberId === memberId);
  if (!issued) throw new Error(`The test hub made no enrolment code for ${memberId}: is the demo consortium loaded?`);
  return enrolWithCode(hub, issued.code, deviceName);
}

/** Pushes changes as the device would (POST /api/sync/push) and returns each change's status. */
export async function pushChanges(hub: TestHub, token: string, changes: Change[]): Promise<string[]> {
  const body: PushRequest = { deviceTime: new Date().toISOString(), changes };
  const response = await fetch(new URL('/api/sync/push', hub.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`Push failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as PushResponse).results.map((r) => r.status);
}

/**
 * A sealed return for `quarter`, sealed now by the member's manager, made from the demo's
 * accepted return of the quarter before (same sub-contract), changed by `change`.
 */
export function returnFromHistory(
  subContractId: string,
  quarter: string,
  change: (figures: ReturnVersion['figures']) => ReturnVersion['figures'] = (f) => f,
): ReturnChange {
  const base = demoReferenceData().returns.find((r) => r.subContractId === subContractId && r.quarter === previousQuarter(quarter));
  if (!base) throw new Error(`The demo has no return for ${subContractId} in the quarter before ${quarter}`);
  const now = new Date().toISOString();
  const manager = `${base.memberId}-manager`;
  const id = randomUUID();
  const data = ReturnVersion.parse({
    ...base,
    id,
    quarter,
    version: 1,
    state: 'sealed',
    figures: change(ReturnVersion.parse(base).figures),
    receivedAt: null,
    updatedAt: now,
    updatedBy: manager,
    seal: { declarationAccepted: true, managerId: manager, managerName: 'Demo manager', sealedAtDevice: now, sealedAtCorrected: now, skewMs: 0 },
  });
  return { changeId: randomUUID(), entity: 'return', entityId: id, op: 'upsert', version: 1, baseVersion: 0, personId: manager, deviceTime: now, data };
}

/** A manager's request for more time on one return. */
export function extensionRequest(memberId: string, subContractId: string, quarter: string, requestedDueDate: string, reason: string): ExtensionRequestChange {
  const id = randomUUID();
  return {
    changeId: randomUUID(),
    entity: 'extension-request',
    entityId: id,
    op: 'upsert',
    version: 1,
    baseVersion: 0,
    personId: `${memberId}-manager`,
    deviceTime: new Date().toISOString(),
    data: { id, subContractId, quarter, requestedDueDate, reason },
  };
}

export const LAPTOP = { width: 1280, height: 800 } as const;
/** A laptop at 200% zoom. */
export const ZOOMED_LAPTOP = { width: 640, height: 400 } as const;
// Screenshots for a person to look at; the folder is git-ignored.
const SCREENSHOTS = new URL('../../../screenshots/e2e/', import.meta.url);

/**
 * Screenshots of a hub page at each size (the hub office's laptop and a tablet by default),
 * checking at each that the page itself never scrolls sideways; back to the laptop afterwards.
 */
export async function hubScreenshots(page: Page, name: string, viewports: { width: number; height: number }[] = [LAPTOP, TABLET]): Promise<void> {
  await checkScreen(page, `hub-${name}`, SCREENSHOTS, { viewports, axe: false });
  await page.setViewportSize(LAPTOP);
}
