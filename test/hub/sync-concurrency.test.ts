// Pushes from several devices at once (several connections on PostgreSQL): one winner per record
// version, and pulls that run meanwhile never skip a change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnrolResponse, HubCopy } from '../../src/core/sync';
import { NORTH, contact, edited, push, upsert } from './support/fixtures';
import { openHarness, type Harness } from './support/harness';
import { pullOk, pushOk } from './support/hub-client';

let h: Harness;
let tablets: EnrolResponse[];
beforeAll(async () => {
  h = await openHarness();
  tablets = [await h.device(NORTH, 'Tablet 1'), await h.device(NORTH, 'Tablet 2'), await h.device(NORTH, 'Tablet 3')];
});
afterAll(() => h.close());

describe('concurrent pushes', () => {
  it('let exactly one of several edits of the same version apply; the others conflict', async () => {
    const record = contact(NORTH);
    await pushOk(h.hub, tablets[0]!.token, push(upsert(record)));
    const answers = await Promise.all(
      tablets.map((t, i) => pushOk(h.hub, t.token, push(upsert(edited(record, { interventions: 10 + i }))))),
    );
    const statuses = answers.map((a) => a.results[0]!.status).sort();
    expect(statuses).toEqual(['applied', 'conflict', 'conflict']);
    const { rows } = await h.db.query<{ version: number }>('select version from records where id = $1', [record.id]);
    expect(rows[0]!.version).toBe(2);
  });

  it('never make a pull skip a change: pulling while pushing sees every record once at its latest version', async () => {
    let cursor = (await pullOk(h.hub, tablets[0]!.token, '0')).cursor;
    const seen = new Map<string, HubCopy>();
    let pushing = true;
    const pulling = (async () => {
      while (pushing) {
        const page = await pullOk(h.hub, tablets[0]!.token, cursor);
        for (const r of page.records) seen.set(r.entityId, r);
        cursor = page.cursor;
      }
    })();
    const sent = await Promise.all(
      tablets.map(async (t) => {
        const mine: string[] = [];
        for (let batch = 0; batch < 8; batch++) {
          const records = Array.from({ length: 25 }, () => contact(NORTH));
          await pushOk(h.hub, t.token, push(...records.map((r) => upsert(r))));
          mine.push(...records.map((r) => r.id));
        }
        return mine;
      }),
    );
    pushing = false;
    await pulling;
    // One last pull picks up whatever committed after the loop's final page.
    for (let page = await pullOk(h.hub, tablets[0]!.token, cursor); ; page = await pullOk(h.hub, tablets[0]!.token, cursor)) {
      for (const r of page.records) seen.set(r.entityId, r);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    for (const id of sent.flat()) expect(seen.get(id)?.version).toBe(1);
  });
});
