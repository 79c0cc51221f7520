import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppDb } from '../../src/app/store/db';
import type { OutboxStatus } from '../../src/app/store/types';
import { backoffDelay, DEFAULT_BACKOFF } from '../../src/app/sync/backoff';
import { measureSkew } from '../../src/app/sync/clockSkew';
import { sameContent } from '../../src/app/sync/sameContent';
import { selectPushBatch } from '../../src/app/sync/selectPushBatch';
import type { RecordData } from '../../src/core/schemas';
import type { Change } from '../../src/core/sync';
import { freshDb } from './fixtures';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

describe('sync invariants (fast-check)', () => {
  it('a backoff wait is never negative and never above its doubling ceiling or the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (failures, r) => {
        const wait = backoffDelay(failures, () => r);
        const ceiling = Math.min(DEFAULT_BACKOFF.capMs, DEFAULT_BACKOFF.baseMs * 2 ** Math.min(failures - 1, 30));
        return Number.isInteger(wait) && wait >= 0 && wait < ceiling;
      }),
    );
  });

  it('the skew estimate is within half the round trip of the true skew', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_700_000_000_000, max: 1_900_000_000_000 }),
        fc.integer({ min: 0, max: 60_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: -86_400_000, max: 86_400_000 }),
        (sentAt, roundTrip, when, trueSkew) => {
          const receivedAt = sentAt + roundTrip;
          const hubReadAt = Math.round(sentAt + when * roundTrip) - trueSkew; // the hub's clock = device's − skew
          const { skewMs } = measureSkew(sentAt, receivedAt, new Date(hubReadAt).toISOString());
          return Math.abs(skewMs - trueSkew) <= roundTrip / 2 + 1;
        },
      ),
    );
  });

  it('content comparison ignores key order and stamps, and nothing else', () => {
    const base = { id: 'r', memberId: 'm', subContractId: 's', personId: 'p', createdAt: 'c', updatedAt: 'u', version: 1, type: 'contact', date: '2026-05-01', clientRef: 'AB-1', service: '', isNew: true, demographics: { a: 'x', b: 'y' }, interventions: 1 } as RecordData;
    fc.assert(
      fc.property(fc.shuffledSubarray(Object.keys(base), { minLength: Object.keys(base).length }), fc.integer({ min: 2, max: 9 }), fc.string({ minLength: 1, maxLength: 5 }), (keys, version, who) => {
        const reordered = Object.fromEntries(keys.map((k) => [k, base[k as keyof RecordData]])) as RecordData;
        const stamped = { ...reordered, version, personId: who, updatedAt: `${who}-later` } as RecordData;
        return sameContent(base, stamped) && !sameContent(base, { ...stamped, interventions: 2 } as RecordData);
      }),
    );
  });

  it('a push takes at most one change per record, the first one, in queue order, never of a record waiting for a person', async () => {
    const entry = fc.record({
      // Ids are UUIDv7s made on the device: a return never shares one with a record.
      entityId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      entity: fc.constantFrom('record', 'record', 'record', 'return'),
      status: fc.constantFrom<OutboxStatus>('pending', 'pending', 'pending', 'quarantined', 'conflict'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 25 }), fc.integer({ min: 1, max: 8 }), async (entries, limit) => {
        const db = freshDb();
        dbs.push(db);
        for (const [i, e] of entries.entries()) {
          const change = { changeId: `c${i}`, entity: e.entity, entityId: `${e.entity}-${e.entityId}`, op: 'upsert', version: 1, baseVersion: 0, personId: 'p', deviceTime: '2026-05-01T09:00:00.000Z', data: null } as unknown as Change;
          await db.outbox.add({ change, status: e.status, attempts: 0, lastError: null, findings: [], queuedAt: '2026-05-01T09:00:00.000Z' });
        }
        const batch = await selectPushBatch(db, limit);
        const all = await db.outbox.toArray();
        const held = new Set(all.filter((e) => e.status !== 'pending').map((e) => e.change.entityId));
        const firstPending = new Map<string, number>();
        for (const e of all) if (e.status === 'pending' && !firstPending.has(e.change.entityId)) firstPending.set(e.change.entityId, e.seq!);
        expect(batch.length).toBeLessThanOrEqual(limit);
        expect(new Set(batch.map((i) => i.change.entityId)).size).toBe(batch.length);
        expect(batch.map((i) => i.seq)).toEqual([...batch.map((i) => i.seq)].sort((x, y) => x - y));
        for (const item of batch) {
          expect(held.has(item.change.entityId)).toBe(false);
          expect(item.seq).toBe(firstPending.get(item.change.entityId));
        }
        // While there is room, no record that could go is left out (a return may wait for the
        // record edits queued before it).
        if (batch.length < limit) {
          const chosen = new Set(batch.map((i) => i.change.entityId));
          for (const [id, seq] of firstPending) {
            const first = all.find((e) => e.seq === seq)!;
            if (!held.has(id) && first.change.entity === 'record') expect(chosen.has(id)).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
