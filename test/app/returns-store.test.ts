import { afterEach, describe, expect, it } from 'vitest';
import { findingKey } from '../../src/core/schemas';
import { ExtensionRequestChange, QueryAnswerChange, ReturnChange } from '../../src/core/sync';
import type { AppDb } from '../../src/app/store/db';
import { NotAllowedError, QuarterSealedError } from '../../src/app/store/errors';
import { answerQuery } from '../../src/app/store/returns/answerQuery';
import { applyReturnsPull } from '../../src/app/store/returns/applyReturnsPull';
import { ReturnClosedError, SealRefusedError } from '../../src/app/store/returns/errors';
import { requestExtension } from '../../src/app/store/returns/requestExtension';
import { saveDraft } from '../../src/app/store/returns/saveDraft';
import { sealReturn } from '../../src/app/store/returns/sealReturn';
import { startDraft } from '../../src/app/store/returns/startDraft';
import type { ReturnDraft } from '../../src/app/store/returns/types';
import { saveRecord } from '../../src/app/store/saveRecord';
import { aContact } from './fixtures';
import { KEY, MANAGER, Q, SC, hubReturn, recordContact, returnsDb } from './returns-support';
import { failWritesTo } from './store/inject';

const dbs: AppDb[] = [];
async function db() {
  const d = await returnsDb();
  dbs.push(d);
  return d;
}
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

const NOW = new Date('2026-07-03T09:00:00Z');

/** A draft that can be sealed once its C4 warning (1 session against a profile of 10) is explained. */
async function readyDraft(d: AppDb): Promise<ReturnDraft> {
  await recordContact(d);
  const draft = await startDraft(d, { subContractId: SC, quarter: Q, personId: MANAGER }, { now: NOW });
  const ready = {
    ...draft,
    finance: { staff: '1250.50' },
    explanations: { [findingKey({ ruleId: 'C4', path: 'figures.sessions.value' })]: 'Our adviser was off sick for most of the quarter.' },
  };
  await saveDraft(d, ready, { now: NOW });
  return ready;
}

async function tables(d: AppDb) {
  return { drafts: await d.returnDrafts.toArray(), versions: await d.returnVersions.toArray(), outbox: await d.outbox.toArray() };
}

describe('starting a draft', () => {
  it('makes version 1 for a manager, once, and refuses staff', async () => {
    const d = await db();
    const draft = await startDraft(d, { subContractId: SC, quarter: Q, personId: MANAGER }, { now: NOW });
    expect(draft).toMatchObject({ key: KEY, version: 1, previousVersionId: null, memberId: 'brook', nil: false, figures: {} });
    expect(await startDraft(d, { subContractId: SC, quarter: Q, personId: MANAGER })).toEqual(draft);
    await expect(startDraft(d, { subContractId: SC, quarter: '2026-Q2', personId: 'p-staff' })).rejects.toBeInstanceOf(NotAllowedError);
    expect(await d.returnDrafts.count()).toBe(1);
  });

  it('keeps what was typed, half-typed figures included, across a reopen of the database', async () => {
    const d = await db();
    const draft = await startDraft(d, { subContractId: SC, quarter: Q, personId: MANAGER });
    const typed = { ...draft, finance: { staff: '12a' }, narrative: { progress: 'Going well' } };
    expect(await saveDraft(d, typed)).toBe(true);
    d.close();
    await d.open();
    expect(await d.returnDrafts.get(KEY)).toMatchObject({ finance: { staff: '12a' }, narrative: { progress: 'Going well' } });
  });
});

describe('sealing', () => {
  it('writes the sealed version and its ReturnChange in one go, and removes the draft', async () => {
    const d = await db();
    const draft = await readyDraft(d);
    const sealed = await sealReturn(d, { key: KEY, personId: MANAGER, declarationAccepted: true }, { now: NOW });
    const { drafts, versions, outbox } = await tables(d);
    expect(drafts).toEqual([]);
    expect(versions).toEqual([sealed]);
    expect(sealed).toMatchObject({ id: draft.id, version: 1, origin: 'device', hub: null });
    expect(sealed.data).toMatchObject({ state: 'sealed', finance: { staff: 125_050 }, seal: { managerId: MANAGER, managerName: 'Mona Manager', declarationAccepted: true } });
    // Figures come from the records: one client, one session.
    expect(sealed.data.figures.find((f) => f.indicatorId === 'sessions')).toMatchObject({ value: 1, derived: 1 });
    const returnEntries = outbox.filter((e) => e.change.entity === 'return');
    expect(returnEntries).toHaveLength(1);
    const change = ReturnChange.parse(returnEntries[0]!.change);
    expect(change).toMatchObject({ entityId: draft.id, version: 1, baseVersion: 0, personId: MANAGER, data: sealed.data });
  });

  it('writes nothing when the outbox cannot be written, and keeps the draft', async () => {
    const d = await db();
    await readyDraft(d);
    const before = await tables(d);
    await failWritesTo(d, 'outbox', () => new Error('disk failed'));
    await expect(sealReturn(d, { key: KEY, personId: MANAGER, declarationAccepted: true })).rejects.toThrow('disk failed');
    expect(await tables(d)).toEqual(before);
  });

  it('writes nothing when the version cannot be written', async () => {
    const d = await db();
    await readyDraft(d);
    const before = await tables(d);
    await failWritesTo(d, 'returnVersions', () => new Error('disk failed'));
    await expect(sealReturn(d, { key: KEY, personId: MANAGER, declarationAccepted: true })).rejects.toThrow('disk failed');
    expect(await tables(d)).toEqual(before);
  });

  it('is refused while errors remain, naming each', async () => {
    const d = await db();
    await recordContact(d);
    await startDraft(d, { subContractId: SC, quarter: Q, personId: MANAGER });
    const before = await tables(d);
    const error = await sealReturn(d, { key: KEY, personId: MANAGER, declarationAccepted: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SealRefusedError);
    const refused = error as SealRefusedError;
    expect(refused.message).toBe('You cannot seal this return yet: 1 error to fix and 1 warning to explain.');
    expect(refused.problems.map((f) => `${f.ruleId} ${f.severity} ${f.path}`)).toEqual(['C6 error finance.staff', 'C4 warning figures.sessions.value']);
    expect(await tables(d)).toEqual(before);
  });

  it('is refused while a warning has no explanation, and while typed text is not a figure', async () => {
    const d = await db();
    const ready = await readyDraft(d);
    await saveDraft(d, { ...ready, explanations: {} });
    await expect(sealReturn(d, { key: KEY, personId: MANAGER, declarationAccepted: true })).rejects.toThrow(
      'You cannot seal this return yet: 1 warning to explain.',
    );
    await saveDraft(d, { ...ready, finance: { staff: '12a' } });
    const error = (await sealReturn(d, { key: KEY, personId: MANAGER, declarationAccepted: true }).catch((e: unknown) => e)) as SealRefusedError;
    expect(error.problems).toEqual([{ ruleId: 'A1', severity: 'error', path: 'finance.staff', message: 'Enter staff costs in pounds and pence, like 1250.50' }]);
  });

  it('is refused without the declaration, and for anyone but a manager', async () => {
    const d = await db();
    await readyDraft(d);
    await expect(sealReturn(d, { key: KEY, personId: MANAGER, declarationAccepted: false })).rejects.toThrow('Confirm the declaration to seal the return.');
    await expect(sealReturn(d, { key: KEY, personId: 'p-staff', declarationAccepted: true })).rejects.toBeInstanceOf(NotAllowedError);
    expect(await d.returnVersions.count()).toBe(0);
  });

  it('records the device time and the time corrected by the skew measured at the last sync', async () => {
    const d = await db();
    await readyDraft(d);
    await d.meta.put({ key: 'clockSkewMs', value: 120_000 }); // the device clock is 2 minutes fast
    const sealed = await sealReturn(d, { key: KEY, personId: MANAGER, declarationAccepted: true }, { now: NOW });
    expect(sealed.data.seal).toMatchObject({ sealedAtDevice: '2026-07-03T09:00:00.000Z', sealedAtCorrected: '2026-07-03T08:58:00.000Z', skewMs: 120_000 });
  });

  it('uses the device time as it is when the skew was never measured', async () => {
    const d = await db();
    await readyDraft(d);
    await d.meta.delete('clockSkewMs');
    const sealed = await sealReturn(d, { key: KEY, personId: MANAGER, declarationAccepted: true }, { now: NOW });
    expect(sealed.data.seal).toMatchObject({ sealedAtDevice: '2026-07-03T09:00:00.000Z', sealedAtCorrected: '2026-07-03T09:00:00.000Z', skewMs: null });
  });

  it('makes the quarter’s records read-only, and a late autosave does not bring the draft back', async () => {
    const d = await db();
    const draft = await readyDraft(d);
    await sealReturn(d, { key: KEY, personId: MANAGER, declarationAccepted: true });
    await expect(recordContact(d, { clientRef: 'BRK-0009' })).rejects.toBeInstanceOf(QuarterSealedError);
    // Another quarter is still open.
    await saveRecord(d, { ...aContact, date: '2026-07-20', clientRef: 'BRK-0010' }, 'p-staff');
    expect(await saveDraft(d, draft)).toBe(false);
    expect(await d.returnDrafts.count()).toBe(0);
  });
});

describe('after sealing', () => {
  it('a resubmission is version 2 with a new id, starting from version 1, and reopens the records until sealed', async () => {
    const d = await db();
    await readyDraft(d);
    const v1 = await sealReturn(d, { key: KEY, personId: MANAGER, declarationAccepted: true }, { now: NOW });
    const draft2 = await startDraft(d, { subContractId: SC, quarter: Q, personId: MANAGER });
    expect(draft2).toMatchObject({ version: 2, previousVersionId: v1.id, finance: { staff: '1250.50' }, explanations: v1.data.explanations });
    expect(draft2.id).not.toBe(v1.id);
    await recordContact(d, { date: '2026-06-02', isNew: false });
    await saveDraft(d, { ...draft2, explanations: { ...draft2.explanations } });
    const v2 = await sealReturn(d, { key: KEY, personId: MANAGER, declarationAccepted: true });
    expect(v2.data).toMatchObject({ version: 2, id: draft2.id });
    expect(v2.data.figures.find((f) => f.indicatorId === 'sessions')?.value).toBe(2);
    const changes = (await d.outbox.toArray()).filter((e) => e.change.entity === 'return').map((e) => ReturnChange.parse(e.change));
    expect(changes.map((c) => [c.entityId, c.data.version])).toEqual([
      [v1.id, 1],
      [v2.id, 2],
    ]);
    await expect(recordContact(d, { clientRef: 'BRK-0003' })).rejects.toBeInstanceOf(QuarterSealedError);
  });

  it('applies the hub’s states, queries and extension decisions from a pull', async () => {
    const d = await db();
    await readyDraft(d);
    const v1 = await sealReturn(d, { key: KEY, personId: MANAGER, declarationAccepted: true });
    const other = { ...v1.data, id: 'v-from-tablet-2', version: 2 };
    const request = await requestExtension(d, { subContractId: SC, quarter: '2026-Q2', requestedDueDate: '2026-10-30', reason: 'Our manager is on leave until late October.', personId: MANAGER });
    await applyReturnsPull(
      d,
      {
        returns: [hubReturn(v1.data, { state: 'queried' }), hubReturn(other, { state: 'validated' })],
        queries: [{ id: 'q1', returnId: 'hub-sc-advice-2026-Q1', returnVersion: 1, path: 'figures.sessions.value', question: 'Why so few sessions?', raisedBy: 'Hub staff', raisedAt: '2026-07-04T09:00:00.000Z', state: 'open', answers: [] }],
        extensions: [{ ...request, state: 'granted', decidedBy: 'Hub staff', decidedAt: '2026-07-05T09:00:00.000Z', decisionReason: 'Agreed: leave booked before the deadline was set.', grantedDueDate: '2026-10-28' }],
      },
      NOW,
    );
    const rows = await d.returnVersions.orderBy('id').toArray();
    expect(rows.find((r) => r.id === v1.id)).toMatchObject({ origin: 'device', data: v1.data, hub: { state: 'queried', returnId: 'hub-sc-advice-2026-Q1' } });
    expect(rows.find((r) => r.id === 'v-from-tablet-2')).toMatchObject({ origin: 'hub', version: 2, hub: { state: 'validated' } });
    expect(await d.returnQueries.get('q1')).toMatchObject({ question: 'Why so few sessions?', state: 'open' });
    expect(await d.extensions.get(request.id)).toMatchObject({ state: 'granted', grantedDueDate: '2026-10-28', requestedBy: 'Mona Manager' });
    const extensionChange = (await d.outbox.toArray()).find((e) => e.change.entityId === request.id)!;
    expect(ExtensionRequestChange.parse(extensionChange.change).data).toMatchObject({ requestedDueDate: '2026-10-30' });
  });

  it('answers a query with a comment through the outbox', async () => {
    const d = await db();
    await readyDraft(d);
    const v1 = await sealReturn(d, { key: KEY, personId: MANAGER, declarationAccepted: true });
    await applyReturnsPull(
      d,
      {
        returns: [hubReturn(v1.data, { state: 'queried' })],
        queries: [{ id: 'q1', returnId: 'hub-sc-advice-2026-Q1', returnVersion: 1, path: 'figures.sessions.value', question: 'Why so few sessions?', raisedBy: 'Hub staff', raisedAt: '2026-07-04T09:00:00.000Z', state: 'open', answers: [] }],
        extensions: [],
      },
      NOW,
    );
    await expect(answerQuery(d, { queryId: 'q1', comment: '   ', personId: MANAGER })).rejects.toThrow('Write an answer to the query');
    const answer = await answerQuery(d, { queryId: 'q1', comment: 'Our adviser was off sick.', personId: MANAGER }, { now: NOW });
    expect(answer).toMatchObject({ queryId: 'q1', comment: 'Our adviser was off sick.', by: MANAGER, byName: 'Mona Manager', returnId: 'hub-sc-advice-2026-Q1' });
    const entry = (await d.outbox.toArray()).find((e) => e.change.entityId === answer.id)!;
    expect(QueryAnswerChange.parse(entry.change).data).toEqual({ id: answer.id, queryId: 'q1', comment: 'Our adviser was off sick.' });
    await expect(answerQuery(d, { queryId: 'q1', comment: 'Me too', personId: 'p-staff' })).rejects.toBeInstanceOf(NotAllowedError);
  });

  it('refuses a new version once the hub has accepted the return', async () => {
    const d = await db();
    await readyDraft(d);
    const v1 = await sealReturn(d, { key: KEY, personId: MANAGER, declarationAccepted: true });
    await applyReturnsPull(d, { returns: [hubReturn(v1.data, { state: 'locked', acceptedAt: '2026-07-10T09:00:00.000Z', acceptedBy: 'Hub staff' })], queries: [], extensions: [] }, NOW);
    await expect(startDraft(d, { subContractId: SC, quarter: Q, personId: MANAGER })).rejects.toBeInstanceOf(ReturnClosedError);
  });
});
