import type { Figure } from '../figure';
import { line, median, note } from '../harness';
import { pushBatches, startBenchClient, startBenchHub, timeAsync } from './sync-workload';

const RUNS = 5;

/**
 * Issue 5: `bench sync-push-10k <s> s`, target ≤ 3 s. 10,000 new records pushed from a client
 * (a worker thread: JSON, gzip, HTTP on 127.0.0.1, one connection, one batch of 500 at a time)
 * to a hub with the embedded database in a data folder; the median of 5 runs after one warm-up,
 * each with new records.
 */
export const syncPush10kFigure: Figure = {
  name: 'sync-push-10k',
  about: 'seconds to push 10,000 new records in batches of 500 over HTTP on 127.0.0.1 to a hub on PGlite in a data folder',
  async run() {
    const bench = await startBenchHub();
    const client = await startBenchClient(bench);
    try {
      const seconds: number[] = [];
      for (let i = 0; i <= RUNS; i++) {
        await client.load({ batches: pushBatches(i + 1) });
        let applied = 0;
        const ms = await timeAsync(async () => ({ applied } = await client.push()));
        if (applied !== 10_000) throw new Error(`Only ${applied} of 10,000 records applied`);
        if (i > 0) seconds.push(ms / 1000);
      }
      note(`runs: ${seconds.map((s) => s.toFixed(2)).join(', ')} s`);
      line('sync-push-10k', median(seconds), 's');
    } finally {
      await client.close();
      await bench.close();
    }
  },
};
