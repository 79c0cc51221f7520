import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { demoReferenceData } from '../../src/core/demo';
import { quarterOf } from '../../src/core/time';
import { londonToday } from '../../src/app/state/today';
import type { RecordInput } from '../../src/app/store/saveRecord';
import { launchBrowser } from '../../test/e2e/support/chromium';
import type { Figure } from '../figure';
import { line, median, note } from '../harness';
import { BENCH_MEMBER, BENCH_PERSON, BENCH_SUB_CONTRACT, benchRecords } from './save-record-seed';

const PAIRS = 60;
const WARMUP = 5;
const ORIGIN = 'http://bench.invalid';

/**
 * Issue 4: `bench save-record-ratio <r> x` — saving a contact through the app's store (parse,
 * checks, record + outbox entry in one transaction) with 10,000 records stored, ÷ a raw
 * IndexedDB put of the same object into a bare object store, in Chromium, interleaved pairs.
 */
export const saveRecordRatioFigure: Figure = {
  name: 'save-record-ratio',
  about: "saving a contact through the app's store with 10,000 stored ÷ a raw IndexedDB put of the same object into a bare store, in Chromium",
  async run() {
    const dir = await mkdtemp(join(tmpdir(), 'bench-save-ratio-'));
    const browser = await launchBrowser();
    try {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir: dir,
          emptyOutDir: true,
          lib: { entry: fileURLToPath(new URL('./save-record-page.ts', import.meta.url)), formats: ['es'], fileName: () => 'page.js' },
        },
      });
      const script = await readFile(join(dir, 'page.js'), 'utf8');
      const { page } = browser;
      // A real http origin for IndexedDB, answered from memory: no server needed.
      await page.route(`${ORIGIN}/**`, (route) =>
        route.request().url().endsWith('/page.js')
          ? route.fulfill({ contentType: 'text/javascript', body: script })
          : route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title><script type="module" src="/page.js"></script>' }),
      );
      await page.goto(`${ORIGIN}/`);
      await page.waitForFunction(() => typeof window.saveRecordPairs === 'function');

      const today = londonToday();
      const reference = demoReferenceData();
      const enrolment = { deviceId: 'bench-device', token: 'x'.repeat(43), memberId: BENCH_MEMBER, reference, hubTime: new Date().toISOString() };
      const input: RecordInput = {
        type: 'contact',
        subContractId: BENCH_SUB_CONTRACT,
        date: today,
        clientRef: 'BEN-00000',
        service: 'Drop-in',
        isNew: true,
        demographics: { 'age-band': 'not-known', gender: 'not-known', ethnicity: 'not-known', ward: 'not-known' },
        interventions: 2,
      };
      const setup = { enrolment, stored: benchRecords(quarterOf(today), today), input, personId: BENCH_PERSON };
      const { a, b } = await page.evaluate(({ s, pairs, warmup }) => window.saveRecordPairs(s, pairs, warmup), { s: setup, pairs: PAIRS, warmup: WARMUP });
      const ratios = a.map((t, i) => t / b[i]!);
      note(`save-record-ratio: store median ${median(a).toFixed(2)} ms, raw put median ${median(b).toFixed(2)} ms`);
      line('save-record-ratio', median(ratios), 'x');
      line('save-record-ratio-pairs', a.length, 'pairs');
    } finally {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
