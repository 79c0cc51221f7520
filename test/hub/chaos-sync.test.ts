import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../src/app/store/types';
import { sameContent } from '../../src/app/sync/sameContent';
import type { RecordData } from '../../src/core/schemas';
import { chaosDevice, type ChaosDevice, type OpKind } from './chaos-devices';
import { ChaosLedger } from './chaos-ledger';
import { chaosNetwork, seededRandom, type ChaosNetwork } from './chaos-transport';
import { NORTH } from './support/fixtures';
import { openInProcessHub, type InProcessHub } from './support/in-process-hub';
import { testDbKind } from './test-db';

// DESIGN §5, issue 5: three devices of one member make five thousand random creates, edits and
// deletes — of their own records and of each other's, so conflicts happen — and sync through a
// network that drops requests and answers, fails, times out, duplicates, delays and reorders
// them, while the hub restarts now and then. Every person keeps their own version when asked
// (keep mine). Then the network heals and everyone syncs until nothing waits. The hub must hold
// exactly the devices' final state: nothing lost, nothing doubled.

const SEED = Number(process.env.CHAOS_SEED ?? 20260501);
const OPS = 5_000;
const OPS_PER_ROUND = 100;
/** Besides the random restarts, the hub restarts in the middle of every few sync rounds. */
const RESTART_EVERY_ROUNDS = 15;

type Snapshot = Map<string, { deleted: boolean; record: RecordData }>;

let hub: InProcessHub;
let network: ChaosNetwork;
const devices: ChaosDevice[] = [];
const random = seededRandom(SEED);
const ledger = new ChaosLedger();
const ops: Record<OpKind, number> = { create: 0, edit: 0, 'edit-other': 0, delete: 0, restore: 0 };
const touchedBy = new Map<string, Set<string>>();
const created = new Set<string>();
const atOpsEnd = new Map<string, Snapshot>();
let restarts = 0;

beforeAll(async () => {
  hub = await openInProcessHub();
  network = chaosNetwork(
    (path, init) => hub.fetch(`${hub.baseUrl}${path}`, init),
    async () => {
      restarts += 1;
      await hub.restart();
    },
    random,
  );
  for (const [i, name] of ['tablet-a', 'tablet-b', 'phone-c'].entries()) {
    devices.push(await chaosDevice(name, await hub.enrol(NORTH, name), network.transport(), { compress: i === 0, ledger }));
  }
}, 60_000);

afterAll(async () => {
  for (const d of devices) await d.close();
  await hub?.close();
});

async function snapshot(device: ChaosDevice): Promise<Snapshot> {
  const rows = await device.db.records.toArray();
  return new Map(rows.map((r) => [r.id, { deleted: r.deleted === 1, record: wire(r) }]));
}

function wire(row: StoredRecord): RecordData {
  const { deleted: _d, quarter: _q, ...record } = row;
  return record as RecordData;
}

describe(`chaos: 3 devices, ${OPS} changes, a faulty network and hub restarts (seed ${SEED}, ${testDbKind})`, () => {
  it('ends with the hub holding exactly the devices’ final state', async () => {
    const started = Date.now();
    let syncMs = 0;
    // 1. Work and sync through the faulty network.
    let done = 0;
    let round = 0;
    while (done < OPS) {
      for (let i = 0; i < OPS_PER_ROUND && done < OPS; i++) {
        const device = devices[Math.floor(random() * devices.length)]!;
        const op = await device.randomOp(random);
        if (!op) continue;
        done += 1;
        ops[op.kind] += 1;
        if (op.kind === 'create') created.add(op.id);
        const by = touchedBy.get(op.id) ?? new Set();
        by.add(device.name);
        touchedBy.set(op.id, by);
      }
      const before = Date.now();
      round += 1;
      const syncs = devices.map((d) => d.syncAndResolve());
      if (round % RESTART_EVERY_ROUNDS === 0) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        restarts += 1;
        await hub.restart();
      }
      await Promise.all(syncs);
      syncMs += Date.now() - before;
    }
    for (const d of devices) atOpsEnd.set(d.name, await snapshot(d));

    // 2. The network heals; late requests still arrive; everyone syncs until nothing waits.
    network.setFaults(false);
    await network.flushDelayed();
    let rounds = 0;
    for (;;) {
      rounds += 1;
      expect(rounds, 'sync rounds to settle after the faults stop').toBeLessThanOrEqual(20);
      await Promise.all(devices.map((d) => d.syncAndResolve()));
      const waiting = await Promise.all(devices.map((d) => d.db.outbox.count()));
      if (waiting.every((n) => n === 0)) break;
    }
    // One more round so every device has pulled the others' last changes.
    for (const d of devices) expect(await d.syncAndResolve()).toMatchObject({ outcome: 'synced' });

    const hubRows = (
      await hub.db.query<{ id: string; version: number; deleted: boolean; data: RecordData; applied: number }>(
        `select r.id, r.version, r.deleted, r.data,
                (select count(*)::int from change_outcomes o where o.entity_id = r.id and o.status = 'applied') as applied
           from records r where r.member_id = $1`,
        [NORTH],
      )
    ).rows;
    const atHub = new Map(hubRows.map((r) => [r.id, r]));
    const tally = devices.map((d) => ({ device: d.name, ...d.tally }));
    console.log(
      `chaos seed=${SEED} db=${testDbKind} ops=${JSON.stringify(ops)} requests=${network.requests} faults=${JSON.stringify({ ...network.counts })} ` +
        `restarts=${restarts} settle-rounds=${rounds} records=${atHub.size} devices=${JSON.stringify(tally)} seconds=${((Date.now() - started) / 1000).toFixed(1)} sync-seconds=${(syncMs / 1000).toFixed(1)}`,
    );

    // Faults really happened, of every kind, and conflicts really arose.
    for (const [kind, count] of Object.entries(network.counts)) {
      // Restarts also happen on a schedule (every RESTART_EVERY_ROUNDS rounds), counted below.
      if (kind !== 'hub-restart') expect(count, `faults of kind ${kind}`).toBeGreaterThan(0);
    }
    expect(restarts).toBeGreaterThanOrEqual(Math.floor(OPS / OPS_PER_ROUND / RESTART_EVERY_ROUNDS));
    expect(tally.reduce((n, t) => n + t.conflicts, 0)).toBeGreaterThan(0);
    expect(tally.reduce((n, t) => n + t.rejected, 0)).toBe(0);

    // No loss and no duplicate: the hub has every record made, once, and nothing else.
    expect([...atHub.keys()].sort()).toEqual([...created].sort());

    // Exactly once: each record's version is the number of changes the hub applied to it.
    for (const row of hubRows) expect(row.applied, `changes applied to ${row.id}`).toBe(row.version);

    // Every device ends with the hub's state: same records, versions, deletions and content.
    for (const device of devices) {
      const local = await snapshot(device);
      expect([...local.keys()].filter((id) => !atHub.has(id)), `records only on ${device.name}`).toEqual([]);
      for (const [id, row] of atHub) {
        const mine = local.get(id);
        // A record another device made and deleted before this one pulled it never reaches it.
        if (!mine && row.deleted) continue;
        expect(mine, `${id} on ${device.name}`).toBeDefined();
        expect({ version: mine!.record.version, deleted: mine!.deleted }).toEqual({ version: row.version, deleted: row.deleted });
        if (!row.deleted) expect(mine!.record).toEqual(row.data);
      }
    }

    // The hub's final state of each record is the final state of a device that changed it —
    // of the only one, where only one did: no change was lost or made up on the way.
    let shared = 0;
    for (const [id, row] of atHub) {
      const touchers = [...touchedBy.get(id)!];
      if (touchers.length > 1) shared += 1;
      const matches = touchers.filter((name) => {
        const state = atOpsEnd.get(name)!.get(id);
        if (!state) return false;
        return state.deleted === row.deleted && (row.deleted || sameContent(state.record, row.data));
      });
      expect(matches.length, `${id}: the hub's state is no device's last state (touched by ${touchers.join(', ')})`).toBeGreaterThan(0);
      if (touchers.length === 1) expect(matches).toEqual(touchers);
    }
    expect(shared).toBeGreaterThan(0);

    // Change by change: every answer a device heard is what the hub decided; every conflict
    // was settled by a person or an obvious rule; nothing applied on top of a change that did not.
    expect(await ledger.discrepancies(hub.db)).toEqual([]);
    expect(ledger.changes.size).toBeGreaterThanOrEqual(OPS);
  }, 180_000);
});
