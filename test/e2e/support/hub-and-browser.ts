import { afterAll, beforeAll } from 'vitest';
import { appBuild } from './app-builds';
import { launchBrowser, type LaunchedBrowser } from './chromium';
import { startTestHub, type TestHub } from './hub';

/**
 * The usual set-up of a browser test file: a hub serving the built app and one Chromium, started
 * before the file's tests and closed after them. `opened` hands them to the file's variables.
 */
export function hubAndBrowserForFile(
  opened: (hub: TestHub, browser: LaunchedBrowser) => void,
  options: Parameters<typeof launchBrowser>[0] = {},
): void {
  let hub: TestHub | undefined;
  let browser: LaunchedBrowser | undefined;
  beforeAll(async () => {
    hub = await startTestHub(appBuild().dir);
    browser = await launchBrowser(options);
    opened(hub, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });
}
