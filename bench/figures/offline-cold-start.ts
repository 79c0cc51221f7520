import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startHub } from '../../src/hub/server';
import { buildApp } from '../../test/e2e/support/build-app';
import { launchBrowser } from '../../test/e2e/support/chromium';
import { waitForServiceWorkerControl } from '../../test/e2e/support/service-worker';
import { enrol, enrolmentCodeFor, unlockAs } from '../../test/e2e/recording-support';
import type { Figure } from '../figure';
import { line, median, note } from '../harness';
import { CPU_THROTTLING_RATE, coldLoadProbe, coldLoadResult, stopServiceWorkers, throttledSession, type ColdLoad } from './offline-cold-start-page';

const LOADS = 5;
const WARMUP = 1;
/** The contact form's first field: the form accepts input once it is there. */
const CONTACT_FORM_FIELD = '#field-date';
/** The first choice of "Who is using this device?": the PIN form accepts input once it is there. */
const PIN_FORM_FIELD = 'input[name="personId"]';

/**
 * Issue 7: `bench offline-cold-start <ms> ms`, budget ≤ 800 ms. The built app in Chromium with
 * the CPU slowed 4× (DevTools protocol), enrolled, offline, its service worker in control but
 * stopped (as after a while in the background): from navigation start to the record form
 * accepting input (the contact form's first field in the document and the frame showing it
 * drawn), on the page's own clock. Median of five, after one warm-up.
 *
 * A person stays unlocked for the life of the tab (sessionStorage), so the record form comes
 * straight back when the same tab loads again: a tab the tablet discarded, a reload, an update.
 * Opening the app afresh (a new tab) asks "Who is using this device?" first: that is
 * `offline-cold-start-pin`, to the PIN form accepting input.
 */
export const offlineColdStartFigure: Figure = {
  name: 'offline-cold-start',
  about: `ms from navigation (offline, service worker in control, CPU ${CPU_THROTTLING_RATE}× slower) to the record form accepting input with the person still unlocked in the tab; -pin: a new tab to the PIN form (median of ${LOADS})`,
  async run() {
    const dir = await mkdtemp(join(tmpdir(), 'bench-cold-start-'));
    const browser = await launchBrowser();
    let hub: Awaited<ReturnType<typeof startHub>> | undefined;
    try {
      await buildApp(join(dir, 'dist'), 'bench');
      hub = await startHub({ port: 0, host: '127.0.0.1', dataDir: 'memory://', distDir: join(dir, 'dist'), demo: true, log: () => undefined });
      const { context, page } = browser;
      await page.goto(hub.url);
      await waitForServiceWorkerControl(page);
      await enrol(page, enrolmentCodeFor(hub), 'Bench tablet');
      await unlockAs(page, 'Priya Castell', '2468');
      await page.getByRole('heading', { name: 'What do you want to record?' }).waitFor();
      await context.setOffline(true);
      const formUrl = new URL('/record/contact', hub.url).href;

      const sameTab = await sameTabLoads(context, page, formUrl);
      report('offline-cold-start', 'the record form, same tab', sameTab);
      await page.goto('about:blank'); // nothing of the app runs beside the new tabs
      const newTab = await newTabLoads(context, formUrl);
      report('offline-cold-start-pin', 'the PIN form, new tab', newTab);
    } finally {
      await browser.close();
      await hub?.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
};

/** The unlocked person's tab navigates to the contact form again and again. */
async function sameTabLoads(context: BrowserContext, page: Page, url: string): Promise<ColdLoad[]> {
  await page.addInitScript(coldLoadProbe(CONTACT_FORM_FIELD));
  const cdp = await throttledSession(context, page);
  const loads: ColdLoad[] = [];
  for (let i = 0; i < WARMUP + LOADS; i++) {
    await stopServiceWorkers(cdp);
    await page.goto(url, { waitUntil: 'commit' });
    const load = await resultOrExplain(page, 'the contact form');
    if (i >= WARMUP) loads.push(load);
  }
  await cdp.detach();
  return loads;
}

/** Each time a new tab (no one unlocked in it) opens the same address. */
async function newTabLoads(context: BrowserContext, url: string): Promise<ColdLoad[]> {
  const loads: ColdLoad[] = [];
  for (let i = 0; i < WARMUP + LOADS; i++) {
    const tab = await context.newPage();
    try {
      await tab.addInitScript(coldLoadProbe(PIN_FORM_FIELD));
      const cdp = await throttledSession(context, tab);
      await stopServiceWorkers(cdp);
      await tab.goto(url, { waitUntil: 'commit' });
      const load = await resultOrExplain(tab, '"Who is using this device?"');
      if (i >= WARMUP) loads.push(load);
    } finally {
      await tab.close();
    }
  }
  return loads;
}

async function resultOrExplain(page: Page, what: string): Promise<ColdLoad> {
  try {
    return await coldLoadResult(page);
  } catch (error) {
    const shown = await page.locator('h1').first().textContent({ timeout: 1000 }).catch(() => null);
    throw new Error(`${what} never became usable after opening ${page.url()} offline; the page shows: ${shown ?? 'no heading'}`, { cause: error });
  }
}

function report(name: string, what: string, loads: ColdLoad[]): void {
  const usable = loads.map((l) => l.usableMs);
  const inDocument = loads.map((l) => l.inDocumentMs);
  const ms = (values: number[]) => `${median(values).toFixed(0)} ms`;
  note(
    `${name}: ${what}; each load ${usable.map((v) => v.toFixed(0)).join(', ')} ms; medians: index.html in ${ms(loads.map((l) => l.documentMs))}, ` +
      `scripts and stylesheets in ${ms(loads.map((l) => l.filesMs))}, scripts run (DOMContentLoaded) ${ms(loads.map((l) => l.scriptsRunMs))}, ` +
      `field in the document ${ms(inDocument)}, drawn and usable ${ms(usable)}`,
  );
  line(name, median(usable), 'ms');
}
