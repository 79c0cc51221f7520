import type { Figure } from '../figure';
import { line, note } from '../harness';
import { pushBatches, startBenchClient, startBenchHub } from './sync-workload';

/**
 * Issue 5: `bench sync-bytes-per-record <B> B`, target ≤ 120 B. Everything a push of 10,000
 * records puts on the wire — gzip request bodies, the hub's gzip answers, and the HTTP headers
 * both ways — divided by 10,000. A size, so one run suffices.
 */
export const syncBytesPerRecordFigure: Figure = {
  name: 'sync-bytes-per-record',
  about: 'bytes on the wire (gzip JSON both ways, headers included) per record for 10,000 records pushed in batches of 500',
  async run() {
    const bench = await startBenchHub();
    const client = await startBenchClient(bench);
    try {
      const batches = pushBatches(101);
      const rawRequest = batches.reduce((n, b) => n + Buffer.byteLength(JSON.stringify(b)), 0);
      await client.load({ batches });
      const { applied, bytesSent, bytesReceived } = await client.push();
      if (applied !== 10_000) throw new Error(`Only ${applied} of 10,000 records applied`);
      note(`sent ${(bytesSent / applied).toFixed(1)} B and received ${(bytesReceived / applied).toFixed(1)} B per record; uncompressed JSON request ${(rawRequest / applied).toFixed(0)} B per record`);
      line('sync-bytes-per-record', (bytesSent + bytesReceived) / applied, 'B');
    } finally {
      await client.close();
      await bench.close();
    }
  },
};
