// A return from a device to a real hub in this process and back: seal, push, the hub's states,
// a staff query, an answer and a resubmission, acceptance and the lock — through the sync engine.
import { afterEach, describe, expect, it } from 'vitest';
import { findingKey } from '../../src/core/schemas';
import { returnSummary } from '../../src/app/state/returnsSummary';
import { answerQuery } from '../../src/app/store/returns/answerQuery';
import { readReturnsData } from '../../src/app/store/returns/readReturnsData';
import { requestExtension } from '../../src/app/store/returns/requestExtension';
import { saveDraft } from '../../src/app/store/returns/saveDraft';
import { sealReturn } from '../../src/app/store/returns/sealReturn';
import { startDraft } from '../../src/app/store/returns/startDraft';
import { QuarterSealedError } from '../../src/app/store/errors';
import { ReturnClosedError } from '../../src/app/store/returns/errors';
import { NORTH, people, subContractOf } from '../hub/support/fixtures';
import { STAFF } from '../hub/support/harness';
import { json, signInStaff, staffHeaders, type HubFetch } from '../hub/support/hub-client';
import { enrolledDevice, memoryHub, saveContact, type Device, type TestHub } from './sync-support';

const Q = '2026-Q1' as const;
const SC = subContractOf(NORTH);
const KEY = `${SC}/${Q}`;
const MANAGER = people(NORTH).manager;

let hub: TestHub | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

async function sealVersion(device: Device): Promise<string> {
  const draft = await startDraft(device.db, { subContractId: SC, quarter: Q, personId: MANAGER });
  // One client against a profile of 40 is a C4 warning: explained.
  await saveDraft(device.db, { ...draft, explanations: { ...draft.explanations, [findingKey({ ruleId: 'C4', path: 'figures.unique-clients.value' })]: 'We opened late in the quarter.' } });
  const sealed = await sealReturn(device.db, { key: KEY, personId: MANAGER, declarationAccepted: true });
  return sealed.id;
}

describe('a return between a device and the hub', () => {
  it('is received, queried, answered and resubmitted, accepted, and then locked on the device', async () => {
    hub = await memoryHub();
    const h = hub;
    const staffFetch: HubFetch = (path, init) => h.fetch(`${h.baseUrl}${path}`, init);
    const device = await enrolledDevice(hub, NORTH);
    await saveContact(device, { date: '2026-05-01' });

    const v1 = await sealVersion(device);
    const first = await device.sync();
    expect(first).toMatchObject({ outcome: 'synced', tally: { accepted: 2, rejected: 0 } });
    expect(await device.db.outbox.count()).toBe(0);
    const row1 = await device.db.returnVersions.get(v1);
    expect(row1?.hub).toMatchObject({ state: 'validated' });
    expect(row1?.hub?.completeness).toBe(1);
    expect(row1?.hub?.findings.map((f) => f.ruleId)).toContain('C4');

    const login = await signInStaff(staffFetch, STAFF.email, STAFF.password);
    const asStaff = (body: unknown): RequestInit => {
      const init = json('POST', body);
      return { ...init, headers: { ...(init.headers as Record<string, string>), ...staffHeaders(login) } };
    };
    const raised = await staffFetch(`/api/returns/${SC}/${Q}/queries`, asStaff({ path: 'figures.unique-clients.value', question: 'Only one client: is that right?' }));
    expect(raised.status).toBe(201);
    await device.sync();
    const [query] = await device.db.returnQueries.toArray();
    expect(query).toMatchObject({ path: 'figures.unique-clients.value', question: 'Only one client: is that right?', state: 'open' });
    expect((await device.db.returnVersions.get(v1))?.hub?.state).toBe('queried');

    await answerQuery(device.db, { queryId: query!.id, comment: 'No: a second client was on paper. Resubmitting.', personId: MANAGER });
    // The quarter is sealed: the missing record can go in only once a new version is started.
    await expect(saveContact(device, { date: '2026-05-03', clientRef: 'BRK-0002' })).rejects.toBeInstanceOf(QuarterSealedError);
    expect(await device.db.records.count()).toBe(1);
    const draft2 = await startDraft(device.db, { subContractId: SC, quarter: Q, personId: MANAGER });
    await saveContact(device, { date: '2026-05-03', clientRef: 'BRK-0002' });
    await saveDraft(device.db, draft2);
    const v2 = (await sealReturn(device.db, { key: KEY, personId: MANAGER, declarationAccepted: true })).id;
    expect(await device.sync()).toMatchObject({ outcome: 'synced', tally: { accepted: 3, rejected: 0 } });
    const row2 = await device.db.returnVersions.get(v2);
    expect(row2).toMatchObject({ version: 2, hub: { state: expect.stringMatching(/^(validated|resubmitted)$/) } });
    expect(row2?.data.figures.find((f) => f.indicatorId === 'unique-clients')?.value).toBe(2);
    expect((await device.db.returnQueries.get(query!.id))?.answers.map((a) => a.comment)).toEqual(['No: a second client was on paper. Resubmitting.']);

    const accepted = await staffFetch(`/api/returns/${SC}/${Q}/accept`, asStaff({ version: 2 }));
    expect(accepted.status).toBe(200);
    await device.sync();
    expect((await device.db.returnVersions.get(v2))?.hub).toMatchObject({ state: 'locked' });
    expect((await device.db.returnVersions.get(v2))?.hub?.acceptedAt).toEqual(expect.any(String));
    await expect(startDraft(device.db, { subContractId: SC, quarter: Q, personId: MANAGER })).rejects.toBeInstanceOf(ReturnClosedError);
  }, 120_000);

  it('asks for an extension; the hub’s decision comes back and timeliness uses the granted date', async () => {
    hub = await memoryHub();
    const h = hub;
    const staffFetch: HubFetch = (path, init) => h.fetch(`${h.baseUrl}${path}`, init);
    const device = await enrolledDevice(hub, NORTH);
    const q3 = '2026-Q3' as const;
    const request = await requestExtension(device.db, { subContractId: SC, quarter: q3, requestedDueDate: '2027-02-05', reason: 'Our manager is on leave over the new year.', personId: MANAGER });
    expect(await device.sync()).toMatchObject({ outcome: 'synced', tally: { accepted: 1, rejected: 0 } });
    expect((await device.db.extensions.get(request.id))?.state).toBe('requested');

    const login = await signInStaff(staffFetch, STAFF.email, STAFF.password);
    const init = json('POST', { dueDate: '2027-02-01', reason: 'Agreed: leave was booked before the deadline was set.' });
    const granted = await staffFetch(`/api/extensions/${request.id}/grant`, { ...init, headers: { ...(init.headers as Record<string, string>), ...staffHeaders(login) } });
    expect(granted.status).toBe(200);
    await device.sync();
    const decision = await device.db.extensions.get(request.id);
    expect(decision).toMatchObject({ state: 'granted', grantedDueDate: '2027-02-01', requestedBy: 'Morgan Manager' });

    const reference = (await device.db.reference.get('this'))!.data;
    const summary = returnSummary(reference, await readReturnsData(device.db), reference.returns, reference.subContracts.find((s) => s.id === SC)!, q3, '2027-01-20T10:00:00.000Z');
    expect(summary.timeliness).toMatchObject({ status: 'excused', due: { dueDate: '2027-02-01', source: 'extension' } });
    expect(summary.timelinessLabel).toBe('Excused — extended to Mon 1 Feb 2027, 8 working days left');
    expect(summary.wouldBeLate).toBe(false);
  }, 120_000);
});
