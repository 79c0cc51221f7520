import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appBuild } from './support/app-builds';
import { axeCheck } from './support/axe';
import { launchBrowser, PHONE, TABLET, type LaunchedBrowser } from './support/chromium';
import { startTestHub, type TestHub } from './support/hub';

// Screenshots for a person to look at; the folder is git-ignored.
const SCREENSHOTS = new URL('../../screenshots/e2e/', import.meta.url);

// 200% zoom on a 768×1024 tablet leaves a 384×512 CSS-pixel viewport.
const ZOOMED_TABLET = { width: 384, height: 512 } as const;

describe('the app shell', () => {
  let hub: TestHub;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    hub = await startTestHub(appBuild().dir);
    browser = await launchBrowser();
    await mkdir(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  for (const [name, viewport] of [
    ['tablet', TABLET],
    ['phone', PHONE],
    ['tablet at 200% zoom', ZOOMED_TABLET],
  ] as const) {
    it(`fits a ${name} (${viewport.width}×${viewport.height}) with no serious accessibility problem`, async () => {
      const { page } = browser;
      await page.setViewportSize(viewport);
      await page.goto(hub.url);
      await page.getByRole('heading', { level: 1 }).waitFor();

      await axeCheck(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
      await page.screenshot({
        path: new URL(`shell-${viewport.width}x${viewport.height}.png`, SCREENSHOTS).pathname,
        fullPage: true,
      });
    });
  }

  it('offers a skip link as the first thing to tab to, leading to the main content', async () => {
    const { page } = browser;
    await page.setViewportSize(TABLET);
    await page.goto(hub.url);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect.poll(() => focused.textContent()).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  });

  it('always shows the connection state in words, in a live region', async () => {
    const { page } = browser;
    const status = page.getByTestId('connection-status');
    await expect.poll(() => status.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => status.textContent()).toBe('Connection: Online');
  });

  it('follows links inside the app without a page load, and sets the title', async () => {
    const { page } = browser;
    await page.goto(new URL('/nowhere', hub.url).href);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await expect.poll(() => page.title()).toBe('Page not found – Consortium Returns');
    await page.evaluate(() => {
      (window as unknown as { __marker: string }).__marker = 'same page';
    });

    await page.getByRole('link', { name: 'Go to the start page' }).click();
    await page.getByRole('heading', { level: 1, name: 'Send your consortium monitoring returns' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => page.title()).toBe('Home – Consortium Returns');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __marker?: string }).__marker)).toBe('same page');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  });
});
