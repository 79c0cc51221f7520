// `npm run bench`: prints one line per figure, `bench <name> <value> <unit>` (DESIGN §8), and for
// figures measured beside a baseline, `bench <name>-ratio <r> x` and `bench <name>-pairs <n> pairs`.
// Lines starting with `#` are comments. Never part of `npm test`; must finish well under ten minutes.
//
// Run some figures only: `npm run bench -- validate aggregate` (names containing any of the words).
//
// HOW TO ADD A FIGURE (app-first-load-gzip, app-precache, save-record, offline-cold-start,
// sync-push-10k, hub-ingest, return-submit-bytes, …):
//   1. Create bench/figures/<name>.ts exporting a `Figure` (bench/figure.ts): { name, about, run }.
//   2. In run(), build the inputs first (untimed), then time with the shared harness only:
//        - beside a baseline:  pairs('<name>', a, b, { pairs: ≥ 5, inner })  → value, -ratio, -pairs lines
//        - alone:              line('<name>', measure(fn, { runs, inner }).medianMs, 'ms')
//        - a size or count:    line('<name>', kilobytes, 'KB')
//      Use `inner` so one sample lasts at least a few milliseconds. Don't print timings any other way.
//   3. Anything async (a browser, a hub, a database) is fine: run() may return a promise; clean up
//      in a finally block so a failure cannot leave a process behind.
//   4. Import it below and add it to FIGURES. Keep the whole bench well under ten minutes.
import type { Figure } from './figure';
import { aggregate10kFigure } from './figures/aggregate-10k';
import { appFirstLoadGzipFigure } from './figures/app-first-load-gzip';
import { appPrecacheFigure } from './figures/app-precache';
import { hubIngestRatioFigure } from './figures/hub-ingest-ratio';
import { offlineColdStartFigure } from './figures/offline-cold-start';
import { returnSubmitBytesFigure } from './figures/return-submit-bytes';
import { saveRecordP95Figure } from './figures/save-record-p95';
import { saveRecordRatioFigure } from './figures/save-record-ratio';
import { syncBytesPerRecordFigure } from './figures/sync-bytes-per-record';
import { syncPush10kFigure } from './figures/sync-push-10k';
import { validateReturnFigure } from './figures/validate-return';
import { gcAvailable, note } from './harness';

const FIGURES: Figure[] = [validateReturnFigure, aggregate10kFigure, syncPush10kFigure, syncBytesPerRecordFigure, hubIngestRatioFigure, saveRecordP95Figure, saveRecordRatioFigure, appFirstLoadGzipFigure, appPrecacheFigure, offlineColdStartFigure, returnSubmitBytesFigure];

async function main(): Promise<void> {
  const words = process.argv.slice(2);
  const chosen = words.length === 0 ? FIGURES : FIGURES.filter((f) => words.some((w) => f.name.includes(w)));
  if (chosen.length === 0) throw new Error(`No figure matches ${words.join(' ')}; figures: ${FIGURES.map((f) => f.name).join(', ')}`);
  note(`node ${process.version}; garbage collection between samples: ${gcAvailable ? 'yes' : 'no'}`);
  const started = performance.now();
  let failed = 0;
  for (const figure of chosen) {
    note(`${figure.name}: ${figure.about}`);
    const t = performance.now();
    try {
      await figure.run();
    } catch (error) {
      failed++;
      console.error(`# ${figure.name} FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    note(`${figure.name} took ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  note(`bench finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (failed > 0) process.exitCode = 1;
}

await main();
