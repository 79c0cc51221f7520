import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { appBuild } from './app-builds';
import { launchBrowser, type LaunchedBrowser } from './chromium';
import { startTestHub, type TestHub } from './hub';
import { LAPTOP } from './hub-staff';

export interface TabletAndOffice {
  hub: TestHub;
  /** The member's tablet (tablet-sized window). */
  tablet: LaunchedBrowser;
  page: Page;
  /** Hub staff at a laptop, in a browser of their own. */
  staff: Page;
}

/**
 * The set-up of a journey that crosses from a member's tablet to the hub's staff and back: a hub
 * serving the built app, a tablet and a laptop, each its own Chromium, for the whole file. When a
 * test fails, both screens are saved under `failures/` in `shots`.
 */
export function tabletAndOfficeForFile(shots: URL, opened: (both: TabletAndOffice) => void): void {
  let hub: TestHub | undefined;
  let tablet: LaunchedBrowser | undefined;
  let office: LaunchedBrowser | undefined;

  beforeAll(async () => {
    hub = await startTestHub(appBuild().dir);
    tablet = await launchBrowser();
    office = await launchBrowser({ viewport: LAPTOP });
    await mkdir(new URL('failures/', shots), { recursive: true });
    opened({ hub, tablet, page: tablet.page, staff: office.page });
  });

  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    const name = task.name.replace(/\W+/g, '-');
    await tablet?.page.screenshot({ path: new URL(`failures/${name}-tablet.png`, shots).pathname, fullPage: true });
    await office?.page.screenshot({ path: new URL(`failures/${name}-hub.png`, shots).pathname, fullPage: true });
  });

  afterAll(async () => {
    await tablet?.close();
    await office?.close();
    await hub?.close();
  });
}
