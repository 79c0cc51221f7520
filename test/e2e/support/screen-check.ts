import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeCheck } from './axe';
import { PHONE, TABLET } from './chromium';

type Viewport = { width: number; height: number };

/**
 * The screen as it is now, at each size (phone and tablet by default): no serious or critical
 * axe violation (unless `axe` is false), the page never scrolls sideways, and a full-page
 * screenshot `<name>-<w>x<h>.png` in `folder` (git-ignored) for a person to look at. Leaves the
 * page at the last size.
 */
export async function checkScreen(page: Page, name: string, folder: URL, { viewports = [PHONE, TABLET], axe = true }: { viewports?: Viewport[]; axe?: boolean } = {}): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    if (axe) await axeCheck(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${viewport.width}×${viewport.height} scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: new URL(`${name}-${viewport.width}x${viewport.height}.png`, folder).pathname, fullPage: true });
  }
}
