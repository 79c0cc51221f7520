// DESIGN §6: member A can never read or change member B's data, on any device route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnrolResponse, RecordChange } from '../../src/core/sync';
import type { ProblemDetails } from '../../src/hub/http/problems';
import { NORTH, SOUTH, contact, edited, people, push, remove, subContractOf, upsert, volunteerHours } from './support/fixtures';
import { openHarness, type Harness } from './support/harness';
import { pullAll, pullRaw, pushOk, pushRaw } from './support/hub-client';
import { snapshotTables } from './support/snapshot';

let h: Harness;
let north: EnrolResponse;
let south: EnrolResponse;
const southRecord = contact(SOUTH);
let southCreate: RecordChange;
beforeAll(async () => {
  h = await openHarness();
  north = await h.device(NORTH);
  south = await h.device(SOUTH);
  southCreate = upsert(southRecord);
  await pushOk(h.hub, south.token, push(southCreate));
});
afterAll(() => h.close());

const N = people(NORTH);
const S = people(SOUTH);
/** Everything except North's own bookkeeping: its rejected outcomes and its device's last-seen time. */
const southAndShared = () => snapshotTables(h.db, ['records', 'reference_items', 'change_head', 'enrolment_codes', 'hub_users']);

describe('a North device pushing South’s data', () => {
  const attempts: [string, () => RecordChange][] = [
    ['a record naming South', () => upsert(contact(SOUTH, { personId: N.staff }))],
    ['a record on South’s sub-contract', () => upsert(contact(NORTH, { subContractId: subContractOf(SOUTH) }))],
    ['a record made by a South person', () => upsert(contact(NORTH, { personId: S.staff }))],
    ['hours of a South volunteer', () => upsert(volunteerHours(NORTH, S.volunteer, { personId: N.manager }))],
    ['an edit of South’s record, relabelled as North’s', () => upsert({ ...edited(southRecord), memberId: NORTH, subContractId: subContractOf(NORTH), personId: N.staff })],
    ['a delete of South’s record', () => remove(southRecord.id, 1, N.manager)],
    ['South’s change id, replayed', () => southCreate],
  ];

  it.each(attempts)('is refused: %s', async (_, make) => {
    const before = await southAndShared();
    const change = make();
    const [result] = (await pushOk(h.hub, north.token, push(change))).results;
    expect(result).toMatchObject({ changeId: change.changeId, status: 'rejected', findings: expect.arrayContaining([expect.objectContaining({ ruleId: 'S1', severity: 'error' })]) });
    expect(await southAndShared()).toEqual(before);
    // Nothing of South's comes back, not even its record's version.
    expect(JSON.stringify(result)).not.toContain('"version"');
    expect(JSON.stringify(result)).not.toContain(southRecord.clientRef);
  });

  it('is refused change by change: North’s own changes in the same batch still apply', async () => {
    const mine = contact(NORTH);
    const results = (await pushOk(h.hub, north.token, push(upsert(contact(SOUTH)), upsert(mine)))).results;
    expect(results.map((r) => r.status)).toEqual(['rejected', 'applied']);
  });
});

describe('a North device reading', () => {
  it('never gets South’s records or South in its share', async () => {
    await pushOk(h.hub, north.token, push(upsert(contact(NORTH))));
    const { pages } = await pullAll(h.hub, north.token, '0');
    const text = JSON.stringify(pages);
    expect(text).not.toContain(SOUTH);
    expect(text).not.toContain(southRecord.id);
  });

  it('cannot ask for another member: any parameter but since is refused', async () => {
    for (const query of [`?memberId=${SOUTH}`, `?since=0&memberId=${SOUTH}`, `?member=${SOUTH}`]) {
      const response = await pullRaw(h.hub, north.token, query);
      expect(response.status).toBe(400);
      expect(((await response.json()) as ProblemDetails).code).toBe('400.2');
    }
  });

  it('cannot use the staff routes with a device token', async () => {
    const asDevice = { Authorization: `Bearer ${north.token}` };
    const before = await snapshotTables(h.db);
    for (const [method, path] of [
      ['GET', `/api/members/${SOUTH}/devices`],
      ['GET', '/api/members'],
      ['POST', `/api/members/${SOUTH}/enrolment-codes`],
      ['POST', `/api/devices/${south.deviceId}/revoke`],
    ] as const) {
      const response = await h.hub(path, { method, headers: asDevice });
      expect(response.status).toBe(401);
      expect(((await response.json()) as ProblemDetails).code).toBe('401.1');
    }
    expect(await snapshotTables(h.db)).toEqual(before);
  });

  it('is refused with a South token that was revoked, and changes nothing', async () => {
    const login = await h.staff();
    const spare = await h.device(SOUTH, 'Spare');
    await h.hub(`/api/devices/${spare.deviceId}/revoke`, { method: 'POST', headers: { Cookie: login.cookie, 'x-csrf-token': login.csrfToken } });
    const before = await snapshotTables(h.db);
    expect((await pushRaw(h.hub, spare.token, push(upsert(contact(SOUTH))))).status).toBe(401);
    expect((await pullRaw(h.hub, spare.token)).status).toBe(401);
    expect(await snapshotTables(h.db)).toEqual(before);
  });
});
