import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { quarterOf } from '../../src/core/time';
import { londonToday } from '../../src/app/state/today';
import { startHub } from '../../src/hub/server';
import { buildApp } from '../../test/e2e/support/build-app';
import { launchBrowser } from '../../test/e2e/support/chromium';
import { enrol, unlockAs } from '../../test/e2e/recording-support';
import type { Figure } from '../figure';
import { line, note } from '../harness';
import { benchRecords } from './save-record-seed';

const SAVES = 60;
const WARMUP = 5;

/**
 * Issue 4: `bench save-record-p95 <ms> ms`, target ≤ 50 ms. The built app in Chromium, enrolled
 * with the hub, with 10,000 records of the current quarter already stored: the time from the tap
 * on "Save contact" to the contact showing in the records list (the page's own clock, a
 * MutationObserver watching for its card), offline. The 95th percentile of 60 saves after 5 warm-up ones.
 */
export const saveRecordP95Figure: Figure = {
  name: 'save-record-p95',
  about: 'ms from the tap on "Save contact" to the new contact in the list, in Chromium, with 10,000 records stored (95th percentile of 60)',
  async run() {
    const dir = await mkdtemp(join(tmpdir(), 'bench-save-record-'));
    const browser = await launchBrowser();
    let hub: Awaited<ReturnType<typeof startHub>> | undefined;
    try {
      await buildApp(join(dir, 'dist'), 'bench');
      hub = await startHub({ port: 0, host: '127.0.0.1', dataDir: 'memory://', distDir: join(dir, 'dist'), demo: true, log: () => undefined });
      const { page } = browser;
      await page.goto(hub.url);
      await enrol(page, hub.start.enrolmentCodes.find((c) => c.memberId === 'm-advice')!.code, 'Bench tablet');
      await unlockAs(page, 'Priya Castell', '2468');

      const today = londonToday();
      const records = benchRecords(quarterOf(today), today);
      await seed(page, records);
      await page.reload(); // the app reads the seeded records afresh
      await page.getByRole('link', { name: 'Records', exact: true }).click();
      await page.getByTestId('record').first().waitFor();
      // Offline, as in a church hall: no sync push after each save competes for the machine.
      await browser.context.setOffline(true);
      note(`save-record-p95: ${await page.getByTestId('record-count').textContent()} (contacts of the 10,000 records)`);

      const times: number[] = [];
      for (let i = 0; i < WARMUP + SAVES; i++) {
        const ms = await timedSave(page);
        if (i >= WARMUP) times.push(ms);
      }
      times.sort((a, b) => a - b);
      const p95 = times[Math.ceil(0.95 * times.length) - 1]!;
      note(`save-record-p95: median ${times[times.length >> 1]!.toFixed(1)} ms, slowest ${times.at(-1)!.toFixed(1)} ms`);
      line('save-record-p95', p95, 'ms');
    } finally {
      await browser.close();
      await hub?.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
};

/** Writes the records straight into the app's IndexedDB (untimed set-up). */
async function seed(page: Page, records: unknown[]): Promise<void> {
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('consortium-returns');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('records', 'readwrite');
      const store = tx.objectStore('records');
      for (const row of rows) store.put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

/** Fills a contact (untimed), then times the tap on Save until its card is in the list. */
async function timedSave(page: Page): Promise<number> {
  await page.getByRole('link', { name: 'Record contact or session' }).click();
  await page.getByLabel('Debt and benefits advice').check();
  await page.getByTestId('make-client-ref').click();
  await page.waitForFunction(() => (document.getElementById('field-clientRef') as HTMLInputElement | null)?.value !== '');
  for (const select of await page.locator('select[id^="field-demographics-"]').all()) await select.selectOption({ index: 1 });
  return page.evaluate(TIME_SAVE) as Promise<number>;
}

// In the page, as source text: tsx would wrap named functions in a helper the page lacks.
const TIME_SAVE = `new Promise((resolve, reject) => {
  const ref = document.getElementById('field-clientRef').value;
  const listed = () => [...document.querySelectorAll('[data-testid="record"] h3')].some((h) => h.textContent.startsWith(ref + ','));
  const timeout = setTimeout(() => reject(new Error(ref + ' never appeared in the list')), 10000);
  const start = performance.now();
  const observer = new MutationObserver(() => {
    if (!listed()) return;
    observer.disconnect();
    clearTimeout(timeout);
    resolve(performance.now() - start);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  document.querySelector('[data-testid="save"]').click();
})`;
