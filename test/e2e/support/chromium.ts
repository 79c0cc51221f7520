import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (test/e2e/global-setup.ts installs it if missing); never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Tablet first (DESIGN §7). */
export const TABLET = { width: 768, height: 1024 } as const;
export const PHONE = { width: 360, height: 640 } as const;

export interface LaunchedBrowser {
  context: BrowserContext;
  /** The window the browser opened with. */
  page: Page;
  /** Closes the browser and deletes its profile. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts headless Chromium with a fresh profile of its own (so service workers, caches and
 * IndexedDB never leak between launches).
 */
export async function launchBrowser(options: { viewport?: { width: number; height: number } } = {}): Promise<LaunchedBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'consortium-returns-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? TABLET,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  let closing: Promise<void> | undefined;
  return {
    context,
    page,
    close: () =>
      (closing ??= context
        .close()
        .catch(() => undefined)
        .then(() => rm(userDataDir, { recursive: true, force: true }))),
  };
}
