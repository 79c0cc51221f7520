import { afterEach, describe, expect, it } from 'vitest';
import { RecordChange } from '../../../src/core/sync';
import type { AppDb } from '../../../src/app/store/db';
import { deleteRecord } from '../../../src/app/store/deleteRecord';
import { NotAllowedError, QuarterSealedError, RecordInvalidError, RecordNotFoundError } from '../../../src/app/store/errors';
import { queryRecords } from '../../../src/app/store/queryRecords';
import { restoreRecord } from '../../../src/app/store/restoreRecord';
import { saveRecord } from '../../../src/app/store/saveRecord';
import { aContact, enrolledDb, freshDb, testReference } from '../fixtures';
import { failWritesTo } from './inject';

const dbs: AppDb[] = [];
async function db(reference = testReference()) {
  const d = await enrolledDb(reference);
  dbs.push(d);
  return d;
}
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

async function everything(d: AppDb) {
  return { records: await d.records.toArray(), outbox: await d.outbox.toArray() };
}

describe('saving a record', () => {
  it('writes the record and one pending outbox entry carrying it as an upsert', async () => {
    const d = await db();
    const saved = await saveRecord(d, aContact, 'p-staff', { now: new Date('2026-05-12T10:00:00Z') });
    expect(saved).toMatchObject({ ...aContact, memberId: 'brook', personId: 'p-staff', version: 1, deleted: 0, quarter: '2026-Q1' });
    expect(saved.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const { outbox } = await everything(d);
    expect(outbox).toHaveLength(1);
    const entry = outbox[0]!;
    expect(entry).toMatchObject({ seq: 1, status: 'pending', attempts: 0, lastError: null, findings: [] });
    expect(RecordChange.parse(entry.change)).toEqual(entry.change);
    expect(entry.change).toMatchObject({ entity: 'record', entityId: saved.id, op: 'upsert', version: 1, baseVersion: 0, personId: 'p-staff', deviceTime: '2026-05-12T10:00:00.000Z' });
    expect(entry.change.data).toMatchObject(aContact);
    expect(entry.change.data).not.toHaveProperty('deleted');
  });

  it('stores neither the record nor the outbox entry when the outbox write fails', async () => {
    const d = await db();
    await saveRecord(d, aContact, 'p-staff');
    const before = await everything(d);
    await failWritesTo(d, 'outbox', () => new Error('disk failed'));
    await expect(saveRecord(d, { ...aContact, clientRef: 'BRK-0002' }, 'p-staff')).rejects.toThrow('disk failed');
    expect(await everything(d)).toEqual(before);
  });

  it('stores neither when the record write fails', async () => {
    const d = await db();
    await failWritesTo(d, 'records', () => new Error('disk failed'));
    await expect(saveRecord(d, aContact, 'p-staff')).rejects.toThrow('disk failed');
    expect(await everything(d)).toEqual({ records: [], outbox: [] });
  });

  it('refuses an invalid record with every problem by field, and writes nothing', async () => {
    const d = await db();
    const error = await saveRecord(d, { ...aContact, clientRef: 'Jane Smith', interventions: 0 }, 'p-staff').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordInvalidError);
    expect((error as RecordInvalidError).issues).toEqual([
      { path: 'clientRef', message: 'A client ref uses only letters, numbers and dashes (no names or spaces)' },
      { path: 'interventions', message: 'A contact has at least 1 intervention' },
    ]);
    expect(await everything(d)).toEqual({ records: [], outbox: [] });
  });

  it('refuses ids the member is not set up with', async () => {
    const d = await db();
    const error = (await saveRecord(d, { ...aContact, demographics: { 'age-band': '90-plus' } }, 'p-staff').catch((e: unknown) => e)) as RecordInvalidError;
    expect(error.issues).toEqual([{ path: 'demographics.age-band', message: 'Select one of the age band options' }]);
    const other = (await saveRecord(d, { ...aContact, subContractId: 'sc-elsewhere' }, 'p-staff').catch((e: unknown) => e)) as RecordInvalidError;
    expect(other.issues[0]?.path).toBe('subContractId');
    const outside = (await saveRecord(d, { ...aContact, date: '2026-03-31' }, 'p-staff').catch((e: unknown) => e)) as RecordInvalidError;
    expect(outside.issues[0]).toEqual({ path: 'date', message: 'Enter a date from Wed 1 Apr 2026 to Wed 31 Mar 2027, when Debt advice runs' });
    expect(await everything(d)).toEqual({ records: [], outbox: [] });
  });

  it('refuses to save anything on a device that is not enrolled', async () => {
    const d = freshDb();
    dbs.push(d);
    await expect(saveRecord(d, aContact, 'p-staff')).rejects.toThrow('This device is not set up yet');
  });
});

describe('editing', () => {
  it('bumps the version, keeps createdAt, and queues a change based on the previous version', async () => {
    const d = await db();
    const first = await saveRecord(d, aContact, 'p-staff', { now: new Date('2026-05-12T10:00:00Z') });
    const edited = await saveRecord(d, { ...aContact, id: first.id, interventions: 3 }, 'p-manager', { now: new Date('2026-05-13T10:00:00Z') });
    expect(edited).toMatchObject({ id: first.id, version: 2, interventions: 3, personId: 'p-manager', createdAt: first.createdAt, updatedAt: '2026-05-13T10:00:00.000Z' });
    expect(await d.records.count()).toBe(1);
    const changes = (await d.outbox.orderBy('seq').toArray()).map((e) => e.change);
    expect(changes.map((c) => [c.op, c.version, c.baseVersion])).toEqual([
      ['upsert', 1, 0],
      ['upsert', 2, 1],
    ]);
    expect(new Set(changes.map((c) => c.changeId)).size).toBe(2);
  });

  it('refuses to turn a record into another type', async () => {
    const d = await db();
    const first = await saveRecord(d, aContact, 'p-staff');
    const hours = { type: 'volunteer-hours' as const, subContractId: 'sc-advice', date: '2026-05-12', volunteerId: 'p-vol-1', roleId: 'befriender', hours: 1, activity: 'Calls' };
    await expect(saveRecord(d, { ...hours, id: first.id }, 'p-staff')).rejects.toBeInstanceOf(RecordInvalidError);
  });
});

describe('deleting and undoing', () => {
  it('marks the record deleted with a delete change, and undo restores it as a new version', async () => {
    const d = await db();
    const saved = await saveRecord(d, aContact, 'p-staff');
    const deleted = await deleteRecord(d, saved.id, 'p-staff');
    expect(deleted).toMatchObject({ deleted: 1, version: 2 });
    expect(await queryRecords(d, { quarter: '2026-Q1' })).toEqual([]);
    const restored = await restoreRecord(d, saved.id, 'p-staff');
    expect(restored).toMatchObject({ ...aContact, id: saved.id, deleted: 0, version: 3 });
    expect((await queryRecords(d, { quarter: '2026-Q1' })).map((r) => r.id)).toEqual([saved.id]);
    const changes = (await d.outbox.orderBy('seq').toArray()).map((e) => e.change);
    expect(changes.map((c) => [c.op, c.version, c.baseVersion, c.data === null])).toEqual([
      ['upsert', 1, 0, false],
      ['delete', 2, 1, true],
      ['upsert', 3, 2, false],
    ]);
    for (const c of changes) RecordChange.parse(c);
  });

  it('cannot edit or delete a deleted record, nor undo a record that is not deleted', async () => {
    const d = await db();
    const saved = await saveRecord(d, aContact, 'p-staff');
    await expect(restoreRecord(d, saved.id, 'p-staff')).rejects.toThrow(new RecordNotFoundError('This record is not deleted, so there is nothing to undo.'));
    await deleteRecord(d, saved.id, 'p-staff');
    await expect(deleteRecord(d, saved.id, 'p-staff')).rejects.toThrow(new RecordNotFoundError('This record was already deleted.'));
    await expect(deleteRecord(d, 'no-such-record', 'p-staff')).rejects.toThrow(new RecordNotFoundError('This record does not exist.'));
    await expect(saveRecord(d, { ...aContact, id: saved.id }, 'p-staff')).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await d.outbox.count()).toBe(2);
  });
});

describe('who may change what', () => {
  const hours = (volunteerId: string) => ({
    type: 'volunteer-hours' as const,
    subContractId: 'sc-advice',
    date: '2026-05-12',
    volunteerId,
    roleId: 'befriender',
    hours: 2.5,
    activity: 'Befriending calls',
  });

  it('lets a volunteer log only their own hours', async () => {
    const d = await db();
    await expect(saveRecord(d, hours('p-vol-1'), 'p-vol-1')).resolves.toMatchObject({ hours: 2.5 });
    await expect(saveRecord(d, hours('p-vol-2'), 'p-vol-1')).rejects.toThrow('Volunteers can only log and change their own hours.');
    await expect(saveRecord(d, aContact, 'p-vol-1')).rejects.toBeInstanceOf(NotAllowedError);
    const staffLogged = await saveRecord(d, hours('p-vol-2'), 'p-staff');
    await expect(deleteRecord(d, staffLogged.id, 'p-vol-1')).rejects.toBeInstanceOf(NotAllowedError);
    expect(await d.outbox.count()).toBe(2);
  });

  it('lets only a manager record spend', async () => {
    const d = await db();
    const spend = { type: 'spend' as const, subContractId: 'sc-advice', quarter: '2026-Q1', lineId: 'staff', amountPence: 125_050, note: '' };
    await expect(saveRecord(d, spend, 'p-staff')).rejects.toThrow('Only a manager can record spend.');
    await expect(saveRecord(d, spend, 'p-manager')).resolves.toMatchObject({ amountPence: 125_050, quarter: '2026-Q1' });
  });

  it('refuses someone who is not one of the member’s people', async () => {
    const d = await db();
    await expect(saveRecord(d, aContact, 'p-stranger')).rejects.toBeInstanceOf(NotAllowedError);
  });
});

describe('a sealed quarter', () => {
  it('keeps its records as they are, and says why', async () => {
    const d = await db();
    const saved = await saveRecord(d, aContact, 'p-staff');
    await d.reference.put({ key: 'this', data: testReference('sealed'), receivedAt: new Date().toISOString() });
    const error = await saveRecord(d, { ...aContact, id: saved.id, interventions: 5 }, 'p-staff').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuarterSealedError);
    expect((error as Error).message).toBe('The Q1 2026/27 (Apr–Jun 2026) return for Debt advice was sealed, so its records can no longer be changed.');
    await expect(deleteRecord(d, saved.id, 'p-staff')).rejects.toBeInstanceOf(QuarterSealedError);
    await expect(saveRecord(d, { ...aContact, clientRef: 'BRK-0009' }, 'p-staff')).rejects.toBeInstanceOf(QuarterSealedError);
    // The next quarter is still open.
    await expect(saveRecord(d, { ...aContact, date: '2026-07-02' }, 'p-staff')).resolves.toMatchObject({ quarter: '2026-Q2' });
  });

  it('is open while its return is a draft', async () => {
    const d = await db(testReference('draft'));
    await expect(saveRecord(d, aContact, 'p-staff')).resolves.toMatchObject({ version: 1 });
  });
});
