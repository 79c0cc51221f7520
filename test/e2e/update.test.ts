import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appBuild, appBuildNext } from './support/app-builds';
import { axeCheck } from './support/axe';
import { launchBrowser, type LaunchedBrowser } from './support/chromium';
import { startTestHub, type TestHub } from './support/hub';
import { checkForServiceWorkerUpdate, hasWaitingServiceWorker, waitForServiceWorkerControl } from './support/service-worker';

// A deployment: the hub restarts on the same address serving a newer build, while a person
// has the app open. The app must offer the new version and wait for them to choose it.
describe('updating to a new version', () => {
  const hubs: TestHub[] = [];
  let browser: LaunchedBrowser;
  let port: number;
  let loads = 0;

  beforeAll(async () => {
    const hub = await startTestHub(appBuild().dir);
    hubs.push(hub);
    port = hub.port;
    browser = await launchBrowser();
    browser.page.on('load', () => loads++);
    await browser.page.goto(hub.url);
    await waitForServiceWorkerControl(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
    for (const hub of hubs) await hub.close();
  });

  const footerVersion = () => browser.page.locator('.app-footer__version').textContent();

  it('shows the version it is running', async () => {
    await expect.poll(() => footerVersion()).toBe(`Version ${appBuild().version}`);
  });

  it('says "A new version is ready" once one is waiting, and does not reload by itself', async () => {
    const { page } = browser;
    await page.evaluate(() => {
      (window as unknown as { __marker: string }).__marker = 'still the same page';
    });
    const loadsBefore = loads;

    await hubs[0]!.close();
    hubs.push(await startTestHub(appBuildNext().dir, { port }));
    await checkForServiceWorkerUpdate(page);

    await page.getByText('A new version is ready').waitFor();
    await page.getByRole('button', { name: 'Reload to update' }).waitFor();
    // Give a wrongly eager worker or page time to take over and reload.
    await page.waitForTimeout(3000);
    expect(loads).toBe(loadsBefore);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __marker?: string }).__marker)).toBe(
      'still the same page',
    );
    await expect(hasWaitingServiceWorker(page)).resolves.toBe(true);
    await expect.poll(() => footerVersion()).toBe(`Version ${appBuild().version}`);
  });

  it('has no serious accessibility problem with the banner showing', async () => {
    await axeCheck(browser.page);
  });

  it('reloads into the new version when the person chooses "Reload to update"', async () => {
    const { page } = browser;
    const loaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Reload to update' }).click();
    await loaded;

    await expect.poll(() => footerVersion()).toBe(`Version ${appBuildNext().version}`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __marker?: string }).__marker)).toBeUndefined();
    await expect.poll(() => page.getByText('A new version is ready').count()).toBe(0);
    await expect(hasWaitingServiceWorker(page)).resolves.toBe(false);
  });
});
