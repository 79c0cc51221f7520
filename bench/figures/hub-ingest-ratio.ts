import type { Queryable } from '../../src/hub/db/db';
import type { PushRequest, RecordChange } from '../../src/core/sync';
import type { Figure } from '../figure';
import { line, median, note } from '../harness';
import { encodeBatches, pushBatches, startBenchClient, startBenchHub, timeAsync } from './sync-workload';

const PAIRS = 7;
const COLUMNS = ['id', 'member_id', 'sub_contract_id', 'type', 'version', 'deleted', 'data', 'person_id', 'device_id', 'updated_at', 'seq'];

/**
 * The baseline: the same 10,000 rows written the plainest way, a multi-row INSERT … VALUES of 500
 * rows per statement with parameters, into a table shaped and indexed like `records`, in the
 * hub's own database (while the hub runs), one transaction per 500 like a push.
 */
async function plainInsert(db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> }, batches: PushRequest[], deviceId: string): Promise<void> {
  let seq = 0;
  for (const batch of batches) {
    const params: unknown[] = [];
    const rows = batch.changes.map((change, i) => {
      const data = (change as RecordChange).data!;
      params.push(data.id, data.memberId, data.subContractId, data.type, data.version, false, JSON.stringify(data), data.personId, deviceId, new Date().toISOString(), ++seq);
      return `(${COLUMNS.map((_, k) => `$${i * COLUMNS.length + k + 1}`).join(', ')})`;
    });
    await db.transaction((tx) => tx.query(`insert into bench_plain_records (${COLUMNS.join(', ')}) values ${rows.join(', ')}`, params));
  }
}

/**
 * Issue 5: `bench hub-ingest-ratio <r> x`, target ≥ 0.5: records per second through push (the
 * hub's side of it: HTTP, gunzip, parsing, checks, decisions, writes, the answer) ÷ records per
 * second of the plain INSERT of the same rows, timed in interleaved pairs (push, insert, push,
 * insert …), the median of per-pair ratios. The client's bodies are encoded before timing.
 */
export const hubIngestRatioFigure: Figure = {
  name: 'hub-ingest-ratio',
  about: 'records/s through push ÷ records/s of a plain multi-row INSERT of the same rows into the same PGlite database, interleaved pairs',
  async run() {
    const bench = await startBenchHub();
    const client = await startBenchClient(bench);
    try {
      const db = bench.hub.db;
      await db.exec('create table bench_plain_records (like records including all)');
      const workloads = Array.from({ length: PAIRS + 1 }, (_, i) => pushBatches(200 + i));
      // The device's JSON and gzip are its own work, not the hub's: done before the clock starts,
      // and the device's HTTP side runs in a thread of its own (startBenchClient).
      const bodies = await Promise.all(workloads.map(encodeBatches));
      const ratios: number[] = [];
      const pushMs: number[] = [];
      const insertMs: number[] = [];
      for (const [i, batches] of workloads.entries()) {
        await client.load({ bodies: bodies[i]! });
        const push = await timeAsync(() => client.push());
        const insert = await timeAsync(() => plainInsert(db, batches, bench.device.deviceId));
        if (i === 0) continue; // warm-up pair
        pushMs.push(push);
        insertMs.push(insert);
        ratios.push(insert / push);
      }
      const applied = (await db.query<{ n: number }>('select count(*) as n from records')).rows[0]!.n;
      if (applied !== 10_000 * (PAIRS + 1)) throw new Error(`The hub holds ${applied} records, not ${10_000 * (PAIRS + 1)}`);
      note(`push ${median(pushMs).toFixed(0)} ms, plain INSERT ${median(insertMs).toFixed(0)} ms per 10,000 records (medians)`);
      line('hub-ingest-ratio', median(ratios), 'x');
      line('hub-ingest-ratio-pairs', PAIRS, 'pairs');
    } finally {
      await client.close();
      await bench.close();
    }
  },
};
