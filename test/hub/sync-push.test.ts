import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PushResponse, type ChangeResult, type EnrolResponse } from '../../src/core/sync';
import { createApp } from '../../src/hub/http/app';
import type { ProblemDetails } from '../../src/hub/http/problems';
import { NORTH, contact, edited, people, push, remove, spend, upsert, volunteerHours } from './support/fixtures';
import { openHarness, type Harness } from './support/harness';
import { pushOk, pushRaw } from './support/hub-client';
import { snapshotTables } from './support/snapshot';

let h: Harness;
let north: EnrolResponse;
beforeAll(async () => {
  h = await openHarness({ limits: {} });
  north = await h.device(NORTH);
});
afterAll(() => h.close());

const P = people(NORTH);
const send = async (...changes: Parameters<typeof push>) => PushResponse.parse(await pushOk(h.hub, north.token, push(...changes))).results;
const stored = async (id: string) =>
  (await h.db.query<{ version: number; deleted: boolean; data: unknown; member_id: string }>('select * from records where id = $1', [id])).rows[0];
const problem = async (response: Response) => {
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  return (await response.json()) as ProblemDetails;
};

describe('POST /api/sync/push', () => {
  it('applies new records and edits, answering each change in order with the hub’s clock', async () => {
    const a = contact(NORTH);
    const b = contact(NORTH, { clientRef: 'BRK-0043' });
    const response = await pushOk(h.hub, north.token, push(upsert(a), upsert(b), upsert(edited(a, { interventions: 3 }))));
    expect(response.hubTime).toBe(h.clock.now().toISOString());
    expect(response.results.map((r) => [r.status, 'version' in r ? r.version : null])).toEqual([
      ['applied', 1],
      ['applied', 1],
      ['applied', 2],
    ]);
    expect(await stored(a.id)).toMatchObject({ version: 2, deleted: false, member_id: NORTH, data: { interventions: 3 } });
    expect(await stored(b.id)).toMatchObject({ version: 1 });
  });

  it('answers a change it already has “duplicate”, with the version it applied, and changes nothing', async () => {
    const a = contact(NORTH);
    const create = upsert(a);
    await send(create);
    const before = await snapshotTables(h.db, ['records', 'change_outcomes', 'change_head']);
    expect(await send(create)).toEqual([{ changeId: create.changeId, status: 'duplicate', version: 1 }]);
    expect(await snapshotTables(h.db, ['records', 'change_outcomes', 'change_head'])).toEqual(before);
  });

  it('answers a change on an old version “conflict” with the hub’s copy, and keeps the hub’s copy', async () => {
    const a = contact(NORTH);
    await send(upsert(a), upsert(edited(a, { interventions: 2 })));
    const stale = upsert(edited(a, { interventions: 9 })); // made from version 1 on another tablet
    const [result] = await send(stale);
    expect(result).toEqual<ChangeResult>({
      changeId: stale.changeId,
      status: 'conflict',
      hubCopy: { entityId: a.id, version: 2, deleted: false, data: { ...a, version: 2, interventions: 2 } },
    });
    expect(await stored(a.id)).toMatchObject({ version: 2, data: { interventions: 2 } });
    // Asked again, the same conflict: a resolved change must come with a new id.
    expect((await send(stale))[0]!.status).toBe('conflict');
  });

  it('deletes softly: the record stays as a deleted version that pulls will carry', async () => {
    const a = contact(NORTH);
    await send(upsert(a));
    expect(await send(remove(a.id, 1, P.staff))).toEqual([expect.objectContaining({ status: 'applied', version: 2 })]);
    expect(await stored(a.id)).toMatchObject({ version: 2, deleted: true });
    const [late] = await send(upsert(edited(a)));
    expect(late).toMatchObject({ status: 'conflict', hubCopy: { entityId: a.id, version: 2, deleted: true, data: null } });
  });

  it('applies the change of a record it never had even when its base is not 0: the device’s copy is the only one', async () => {
    const a = { ...contact(NORTH), version: 4 } as const;
    expect(await send(upsert(a))).toEqual([expect.objectContaining({ status: 'applied', version: 4 })]);
  });

  it('records the device’s clock skew and when it was last seen', async () => {
    h.clock.advance(1000);
    await pushOk(h.hub, north.token, { ...push(upsert(contact(NORTH))), deviceTime: new Date(h.clock.now().getTime() - 90_000).toISOString() });
    const { rows } = await h.db.query<{ last_seen_at: Date; last_skew_ms: number }>('select * from devices where id = $1', [north.deviceId]);
    expect(rows[0]).toMatchObject({ last_seen_at: h.clock.now(), last_skew_ms: -90_000 });
  });
});

describe('who may write what (S2)', () => {
  it('lets a volunteer record and change their own hours only', async () => {
    const own = volunteerHours(NORTH, P.volunteer);
    const someoneElses = volunteerHours(NORTH, P.otherVolunteer);
    await send(upsert(someoneElses));
    const results = await send(
      upsert(own),
      upsert(contact(NORTH, { personId: P.volunteer })),
      upsert({ ...volunteerHours(NORTH, P.otherVolunteer), personId: P.volunteer }),
      upsert({ ...edited(someoneElses), personId: P.volunteer }),
      remove(someoneElses.id, 1, P.volunteer),
    );
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected', 'rejected', 'rejected', 'rejected']);
    for (const r of results.slice(1)) {
      expect(r).toMatchObject({ findings: [{ ruleId: 'S2', severity: 'error', message: 'A volunteer can only record and change their own volunteer hours' }] });
    }
    expect(await stored(someoneElses.id)).toMatchObject({ version: 1, deleted: false });
  });

  it('lets only a manager record, change or delete spend', async () => {
    const line = spend(NORTH);
    const results = await send(
      upsert(line),
      upsert(spend(NORTH, { personId: P.staff })),
      upsert({ ...edited(line), personId: P.staff }),
      remove(line.id, 1, P.staff),
      remove(line.id, 1, P.manager),
    );
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected', 'rejected', 'rejected', 'applied']);
    expect(results[1]).toMatchObject({ findings: [{ ruleId: 'S2', message: 'Only a manager can record or change spend' }] });
  });
});

describe('limits on a push', () => {
  it('refuses more than 500 changes with a 400 naming the field, and applies none of them', async () => {
    const before = await snapshotTables(h.db, ['records', 'change_outcomes']);
    const changes = Array.from({ length: 501 }, () => upsert(contact(NORTH)));
    const body = await problem(await pushRaw(h.hub, north.token, push(...changes)));
    expect(body).toMatchObject({ status: 400, code: '400.2' });
    expect(body.errors).toContainEqual({ path: 'changes', message: 'A push carries at most 500 changes' });
    expect(await snapshotTables(h.db, ['records', 'change_outcomes'])).toEqual(before);
  });

  it('refuses a body over the size limit with 413, compressed or not, so the device splits the batch', async () => {
    const small = await openHarness({ limits: {} });
    try {
      const app = createApp({ db: small.db, bodyLimitBytes: 20_000, now: small.clock.now });
      const device = await small.device(NORTH);
      const body = JSON.stringify(push(...Array.from({ length: 100 }, () => upsert(contact(NORTH)))));
      const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${device.token}` };
      const plain = await app.request('/api/sync/push', { method: 'POST', headers, body });
      expect(await problem(plain)).toMatchObject({ status: 413, code: '413.1' });
      const zipped = gzipSync(body);
      expect(zipped.length).toBeLessThan(20_000);
      const tooBigUnzipped = await app.request('/api/sync/push', { method: 'POST', headers: { ...headers, 'Content-Encoding': 'gzip' }, body: zipped });
      expect(await problem(tooBigUnzipped)).toMatchObject({ status: 413, code: '413.1', detail: expect.stringContaining('once decompressed') });
      expect((await small.db.query('select 1 from records')).rowCount).toBe(0);
    } finally {
      await small.close();
    }
  });

  it('accepts a gzip body, and refuses a broken one or another encoding', async () => {
    const a = contact(NORTH);
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${north.token}` };
    const zipped = await h.hub('/api/sync/push', {
      method: 'POST',
      headers: { ...headers, 'Content-Encoding': 'gzip' },
      body: gzipSync(JSON.stringify(push(upsert(a)))),
    });
    expect(zipped.status).toBe(200);
    expect(await stored(a.id)).toMatchObject({ version: 1 });
    const broken = await h.hub('/api/sync/push', { method: 'POST', headers: { ...headers, 'Content-Encoding': 'gzip' }, body: 'not gzip' });
    expect(await problem(broken)).toMatchObject({ status: 400, code: '400.5' });
    const brotli = await h.hub('/api/sync/push', { method: 'POST', headers: { ...headers, 'Content-Encoding': 'br' }, body: 'x' });
    expect(await problem(brotli)).toMatchObject({ status: 415, code: '415.2' });
  });

  it('answers a device over its rate 429 with Retry-After, and other devices carry on', async () => {
    const limited = await openHarness({ limits: { deviceBurst: 3, deviceRequestsPerSecond: 0.5 } });
    try {
      const tablet = await limited.device(NORTH);
      const other = await limited.device(NORTH);
      for (let i = 0; i < 3; i++) expect((await pushRaw(limited.hub, tablet.token, push(upsert(contact(NORTH))))).status).toBe(200);
      const refused = await pushRaw(limited.hub, tablet.token, push(upsert(contact(NORTH))));
      expect(refused.status).toBe(429);
      expect(refused.headers.get('Retry-After')).toBe('2');
      expect(await problem(refused)).toMatchObject({ code: '429.3' });
      expect((await pushRaw(limited.hub, other.token, push(upsert(contact(NORTH))))).status).toBe(200);
      limited.clock.advance(2000);
      expect((await pushRaw(limited.hub, tablet.token, push(upsert(contact(NORTH))))).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
