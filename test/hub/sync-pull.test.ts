import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PullResponse, type EnrolResponse } from '../../src/core/sync';
import type { ProblemDetails } from '../../src/hub/http/problems';
import { NORTH, SOUTH, contact, people, push, remove, twoMembers, upsert, volunteerHours } from './support/fixtures';
import { loadReference, openHarness, type Harness } from './support/harness';
import { pullAll, pullOk, pullRaw, pushOk } from './support/hub-client';

let h: Harness;
let north: EnrolResponse;
let south: EnrolResponse;
beforeAll(async () => {
  h = await openHarness({ limits: { pullPageSize: 3 } });
  north = await h.device(NORTH);
  south = await h.device(SOUTH);
});
afterAll(() => h.close());

const problem = async (response: Response) => {
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  return (await response.json()) as ProblemDetails;
};

describe('GET /api/sync/pull', () => {
  it('from 0: the member’s share, its records a page at a time, and a cursor that moves on', async () => {
    const mine = [contact(NORTH), contact(NORTH), volunteerHours(NORTH, people(NORTH).volunteer), contact(NORTH)];
    await pushOk(h.hub, north.token, push(...mine.map((r) => upsert(r))));
    await pushOk(h.hub, south.token, push(upsert(contact(SOUTH))));

    const first = PullResponse.parse(await pullOk(h.hub, north.token, '0'));
    expect(first.hasMore).toBe(true);
    expect(first.records).toHaveLength(3);
    expect(first.reference?.members.map((m) => m.id)).toEqual([NORTH]);
    expect(first.returns).toEqual([]);
    expect(first.queries).toEqual([]);
    expect(first.hubTime).toBe(h.clock.now().toISOString());

    const { pages } = await pullAll(h.hub, north.token, first.cursor);
    const all = [...first.records, ...pages.flatMap((p) => p.records)];
    // All the member's records, volunteers' hours included: the app decides what a volunteer sees.
    expect(all.map((r) => r.entityId).sort()).toEqual(mine.map((r) => r.id).sort());
    expect(all.every((r) => r.data?.memberId === NORTH)).toBe(true);
  });

  it('from its last cursor: nothing, until something changes', async () => {
    const { cursor } = await pullAll(h.hub, north.token, '0');
    const idle = await pullOk(h.hub, north.token, cursor);
    expect(idle).toMatchObject({ cursor, hasMore: false, reference: null, records: [] });

    const a = contact(NORTH);
    await pushOk(h.hub, north.token, push(upsert(a)));
    await pushOk(h.hub, north.token, push(remove(a.id, 1, people(NORTH).staff)));
    const next = await pullOk(h.hub, north.token, cursor);
    expect(next.reference).toBeNull();
    expect(next.records).toEqual([{ entityId: a.id, version: 2, deleted: true, data: null }]);
    expect(Number(next.cursor)).toBeGreaterThan(Number(cursor));
  });

  it('sends the share again when the member’s reference data changes, and only then', async () => {
    const { cursor } = await pullAll(h.hub, north.token, '0');
    const changed = twoMembers();
    changed.profiles[1]!.targets[0]!.target = 99; // South's profile: North's share is the same
    await loadReference(h.db, changed);
    expect((await pullOk(h.hub, north.token, cursor)).reference).toBeNull();
    const southCursor = (await pullAll(h.hub, south.token, '0')).cursor;

    changed.profiles[0]!.targets[0]!.target = 55;
    await loadReference(h.db, changed);
    const pulled = await pullOk(h.hub, north.token, cursor);
    expect(pulled.reference?.profiles[0]?.targets[0]?.target).toBe(55);
    expect((await pullOk(h.hub, south.token, southCursor)).reference).toBeNull();
  });

  it('refuses a cursor ahead of the hub (a reset hub) and a malformed one, naming the field', async () => {
    const ahead = await problem(await pullRaw(h.hub, north.token, '?since=9999999999'));
    expect(ahead).toMatchObject({ status: 400, code: '400.3' });
    expect(ahead.detail).toContain('Pull again from 0');
    for (const query of ['?since=abc', '?since=-1', '?since=1.5', `?since=${'9'.repeat(20)}`]) {
      const body = await problem(await pullRaw(h.hub, north.token, query));
      expect(body).toMatchObject({ status: 400, code: '400.2' });
      expect(body.errors?.[0]?.path).toBe('since');
    }
  });

  it('treats a missing cursor as 0', async () => {
    const response = await pullRaw(h.hub, north.token);
    expect(response.status).toBe(200);
    expect(((await response.json()) as PullResponse).reference).not.toBeNull();
  });
});

describe('compression of sync answers', () => {
  it('gzips a pull for a device that accepts it', async () => {
    const response = await h.hub('/api/sync/pull?since=0', { headers: { Authorization: `Bearer ${north.token}`, 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('Content-Encoding')).toBe('gzip');
    const text = new TextDecoder().decode(gunzipSync(new Uint8Array(await response.arrayBuffer())));
    expect(PullResponse.parse(JSON.parse(text)).reference?.members[0]?.id).toBe(NORTH);
  });
});
