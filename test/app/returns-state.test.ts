import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findingKey } from '../../src/core/schemas';
import { device, reference, startAppState } from '../../src/app/state/appState';
import { setExplanation, setFinance, setFigureValue, startOverride } from '../../src/app/state/returnsEdits';
import { draftEditor, resetDraftEditors, returnsUnsaved } from '../../src/app/state/returnsDraft';
import { returnsData, startReturnsState } from '../../src/app/state/returnsData';
import { memberReturns, returnsNow } from '../../src/app/state/returnsList';
import { openReturnWork, type ReturnWork } from '../../src/app/state/returnsWork';
import { isQuarterSealed } from '../../src/app/state/sealed';
import { setFirstPin, lock } from '../../src/app/state/session';
import { today } from '../../src/app/state/today';
import { updateBlockReasons } from '../../src/app/state/update';
import { abandonNewVersion, sealAsManager, startReturn } from '../../src/app/state/returnsActions';
import type { AppDb } from '../../src/app/store/db';
import { applyReturnsPull, returnsPullTables, type ReturnsPull } from '../../src/app/store/returns/applyReturnsPull';
import { KEY, MANAGER, Q, SC, hubReturn, recordContact, returnsDb } from './returns-support';

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

let db: AppDb;

/** Applies a pull's returns part in one transaction, as the sync engine's pull page does. */
const pull = (page: ReturnsPull) => db.transaction('rw', returnsPullTables(db), () => applyReturnsPull(db, page, new Date()));
let stops: (() => void)[] = [];
let work: ReturnWork | undefined;

beforeEach(async () => {
  resetDraftEditors();
  db = await returnsDb();
  stops = [startAppState(db), startReturnsState(db)];
  today.value = '2026-07-03';
  returnsNow.value = '2026-07-03T09:00:00.000Z';
  await until(() => Boolean(device.value && reference.value && returnsData.value), 'the first read');
  await setFirstPin(MANAGER, '2468');
});

afterEach(async () => {
  work?.stop();
  work = undefined;
  lock();
  for (const stop of stops.splice(0).reverse()) stop();
  await db.delete();
});

describe('the list of returns', () => {
  it('shows the current and previous quarter with their stage and due date', async () => {
    const rows = memberReturns.value.flatMap((g) => g.returns.map((r) => [r.quarter, r.stage, r.timelinessLabel]));
    expect(rows).toEqual([
      ['2026-Q2', 'not started', 'Due Wed 14 Oct 2026 — 72 working days left'],
      ['2026-Q1', 'not started', 'Due Tue 14 Jul 2026 — 7 working days left'],
    ]);
  });

  it('warns once a return not sealed is past its due date', async () => {
    returnsNow.value = '2026-07-15T09:00:00.000Z';
    const q1 = memberReturns.value[0]!.returns.find((r) => r.quarter === Q)!;
    expect(q1.wouldBeLate).toBe(true);
    expect(q1.timelinessLabel).toBe('Overdue (1 working day) — was due Tue 14 Jul 2026');
  });
});

describe('working on a draft', () => {
  it('checks live, autosaves after typing stops, and holds app updates until saved', async () => {
    await recordContact(db);
    await startReturn(SC, Q);
    work = openReturnWork(SC, Q);
    await until(() => work!.check.value !== null, 'the live check');
    expect(work.check.value!.errors.map((f) => f.path)).toEqual(['finance.staff']);
    expect(work.check.value!.unexplained.map((f) => f.path)).toEqual(['figures.sessions.value']);

    work.editor.change(MANAGER, (d) => setFinance(d, 'staff', '12a'));
    // The check follows at once; the device has not saved yet, so updates wait.
    expect(work.check.value!.errors.map((f) => [f.path, f.message])).toEqual([['finance.staff', 'Enter staff costs in pounds and pence, like 1250.50']]);
    expect(returnsUnsaved.value).toBe(true);
    expect(updateBlockReasons()).toContain('Your return has changes that are still being saved');

    work.editor.change(MANAGER, (d) => setExplanation(setFinance(d, 'staff', '100'), findingKey({ ruleId: 'C4', path: 'figures.sessions.value' }), 'Adviser off sick.'));
    expect(work.check.value!.canSeal).toBe(true);
    await until(() => !returnsUnsaved.value, 'the autosave');
    expect(updateBlockReasons()).not.toContain('Your return has changes that are still being saved');
    expect(await db.returnDrafts.get(KEY)).toMatchObject({ finance: { staff: '100' }, updatedBy: MANAGER });
  });

  it('needs a reason for a figure changed from the records (A4), and shows it as a note once given', async () => {
    await recordContact(db);
    await startReturn(SC, Q);
    work = openReturnWork(SC, Q);
    await until(() => work!.check.value !== null && work!.basis.value !== null, 'the live check');
    const derived = work.basis.value!.derived.get('sessions')!;
    work.editor.change(MANAGER, (d) => setFigureValue(startOverride(d, derived, 'count', []), 'sessions', '3'));
    expect(work.check.value!.errors.find((f) => f.ruleId === 'A4')?.message).toBe(
      'Sessions delivered is 3 but the records give 1 — enter 1, or give a reason for the change',
    );
    work.editor.change(MANAGER, (d) => ({ ...d, figures: { ...d.figures, sessions: { ...d.figures.sessions!, overrideReason: 'Two group sessions were on paper.' } } }));
    expect(work.check.value!.errors.some((f) => f.ruleId === 'A4')).toBe(false);
    expect(work.check.value!.infos.map((f) => f.ruleId)).toEqual(['A4']);
  });

  it('after sealing: the quarter is read-only, the stage says it waits to be sent, then the hub’s states show', async () => {
    await recordContact(db);
    await startReturn(SC, Q);
    work = openReturnWork(SC, Q);
    await until(() => work!.check.value !== null, 'the live check');
    work.editor.change(MANAGER, (d) => setExplanation(setFinance(d, 'staff', '100'), findingKey({ ruleId: 'C4', path: 'figures.sessions.value' }), 'Adviser off sick.'));
    const sealed = await sealAsManager(KEY, true);
    await until(() => work!.summary.value?.stage === 'waiting to send', 'the sealed stage');
    expect(work.summary.value!.stageLabel).toBe('Sealed — it will be sent when you are online');
    expect(isQuarterSealed(SC, Q)).toBe(true);
    expect(isQuarterSealed(SC, '2026-Q2')).toBe(false);

    // The hub acknowledged it: the outbox entry goes.
    await db.outbox.where('change.entityId').equals(sealed.id).delete();
    await until(() => work!.summary.value?.stage === 'sent', 'the sent stage');
    expect(work.summary.value!.stageLabel).toBe('Sealed and sent');

    await pull(
      {
        returns: [hubReturn(sealed.data, { state: 'queried' })],
        queries: [{ id: 'q1', returnId: 'hub-sc-advice-2026-Q1', returnVersion: 1, path: 'figures.sessions.value', question: 'Why so few sessions?', raisedBy: 'Hub staff', raisedAt: '2026-07-04T09:00:00.000Z', state: 'open', answers: [] }],
        extensions: [],
      },
    );
    await until(() => work!.summary.value?.stage === 'queried', 'the queried stage');
    expect(work.summary.value!.openQueries.map((q) => q.question)).toEqual(['Why so few sessions?']);
    expect(work.summary.value!.canResubmit).toBe(true);
    expect(work.summary.value!.timelinessLabel).toBe('On time — received Thu 2 Jul 2026 at 11:00');

    await startReturn(SC, Q);
    await until(() => work!.summary.value?.stage === 'draft', 'the resubmission draft');
    expect(work.editor.draft.value?.version).toBe(2);
    // While version 2 is a draft, the quarter's records may be put right.
    expect(isQuarterSealed(SC, Q)).toBe(false);
    // The manager decides against it: version 1 stands and the records close again.
    await abandonNewVersion(KEY);
    await until(() => work!.summary.value?.stage === 'queried', 'version 1 again');
    expect(isQuarterSealed(SC, Q)).toBe(true);

    await pull({ returns: [hubReturn(sealed.data, { state: 'locked', acceptedAt: '2026-07-10T09:00:00.000Z', acceptedBy: 'Hub staff' })], queries: [], extensions: [] });
    await until(() => work!.summary.value?.stage === 'accepted', 'the accepted stage');
    expect(work.summary.value).toMatchObject({ locked: true, stageLabel: 'Accepted by the hub — locked', canResubmit: false });
  });
});
