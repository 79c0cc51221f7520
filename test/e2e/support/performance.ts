import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { PrimeContractPerformance } from '../../../src/core/hub-api';
import { axeCheck } from './axe';
import { PHONE, TABLET } from './chromium';
import { hubScreenshots, LAPTOP, ZOOMED_LAPTOP } from './hub-staff';

/**
 * Demo facts both performance tests build on (src/core/demo/history.ts): returns are accepted up
 * to Q2 2026/27, and Good Neighbours Befriending, paid by results, delivers well below its profile.
 */
export const QUARTER = '2026-Q2';
export const BEFRIENDING = 'Good Neighbours Befriending — Befriending for isolated adults';

/** What the hub answers the performance page with (the latest ended quarter without one), asked with the page's own session cookie. */
export async function performanceFromApi(page: Page, quarter?: string, primeContractId = 'pc-wellbeing'): Promise<PrimeContractPerformance> {
  const response = await page.request.get(new URL(`/api/prime-contracts/${primeContractId}/performance${quarter ? `?quarter=${quarter}` : ''}`, page.url()).href);
  expect(response.status()).toBe(200);
  return PrimeContractPerformance.parse(await response.json());
}

/** No serious accessibility problem and no sideways scrolling, on the office laptop, a tablet and a phone; screenshots of each, zoomed too. */
export async function checkEverySize(page: Page, name: string): Promise<void> {
  for (const viewport of [LAPTOP, TABLET, PHONE]) {
    await page.setViewportSize(viewport);
    await axeCheck(page);
  }
  await hubScreenshots(page, name, [LAPTOP, TABLET, PHONE, ZOOMED_LAPTOP]);
}
