// DESIGN §5 / issue 5: replaying any batch any number of times leaves the hub exactly as after
// the first time, and a retried change gets the same answer.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordData } from '../../src/core/schemas';
import type { ChangeResult, EnrolResponse, PushRequest, RecordChange } from '../../src/core/sync';
import { NORTH, SOUTH, contact, people, spend, subContractOf, volunteerHours } from './support/fixtures';
import { openHarness, type Harness } from './support/harness';
import { pushOk } from './support/hub-client';
import { snapshotTables } from './support/snapshot';

let h: Harness;
let devices: EnrolResponse[];
beforeAll(async () => {
  h = await openHarness();
  devices = [await h.device(NORTH, 'Tablet 1'), await h.device(NORTH, 'Tablet 2')];
});
afterAll(() => h.close());

const N = people(NORTH);
const PERSONS = [N.manager, N.staff, N.volunteer, N.otherVolunteer, people(SOUTH).staff];

/** One change as the generator describes it; turned into a RecordChange with fresh ids per run. */
const op = fc.record({
  device: fc.nat(1),
  entity: fc.nat(5),
  kind: fc.constantFrom('contact', 'hours', 'spend', 'delete', 'foreign'),
  person: fc.nat(PERSONS.length - 1),
  baseVersion: fc.nat(3),
  resendEarlier: fc.boolean(),
});
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

let run = 0;
function changesFor(ops: Op[]): { device: number; change: RecordChange }[] {
  run += 1;
  const out: { device: number; change: RecordChange }[] = [];
  ops.forEach((o, i) => {
    // Now and then a device sends one of its earlier changes again inside a later batch.
    if (o.resendEarlier && out.length > 0 && i % 3 === 0) {
      out.push(out[i % out.length]!);
      return;
    }
    const entityId = `run${run}-entity${o.entity}`;
    const personId = PERSONS[o.person]!;
    const version = o.baseVersion + 1;
    const base = { id: entityId, version, personId, updatedAt: '2026-05-02T10:00:00.000Z' };
    const data: RecordData | null =
      o.kind === 'delete'
        ? null
        : o.kind === 'contact'
          ? contact(NORTH, { ...base, interventions: 1 + (i % 5) })
          : o.kind === 'hours'
            ? volunteerHours(NORTH, personId, { ...base, hours: 0.25 * (1 + (i % 8)) })
            : o.kind === 'spend'
              ? spend(NORTH, { ...base, amountPence: 100 * i })
              : contact(SOUTH, { ...base, subContractId: subContractOf(SOUTH) });
    const change: RecordChange = {
      changeId: `run${run}-change${i}`,
      entity: 'record',
      entityId,
      op: data ? 'upsert' : 'delete',
      version,
      baseVersion: o.baseVersion,
      personId,
      deviceTime: '2026-05-02T10:00:00.000Z',
      data,
    };
    out.push({ device: o.device, change });
  });
  return out;
}

/** Splits the changes into batches per device, at the given cut points. */
function batches(changes: { device: number; change: RecordChange }[], cuts: number[]): { device: number; body: PushRequest }[] {
  const result: { device: number; body: PushRequest }[] = [];
  let start = 0;
  for (const end of [...cuts.filter((c) => c > 0 && c < changes.length).sort((a, b) => a - b), changes.length]) {
    const slice = changes.slice(start, end);
    start = end;
    for (const d of [0, 1]) {
      const mine = slice.filter((c) => c.device === d).map((c) => c.change);
      if (mine.length) result.push({ device: d, body: { deviceTime: '2026-05-02T10:00:00.000Z', changes: mine } });
    }
  }
  return result;
}

const TABLES = ['records', 'change_outcomes', 'change_head', 'reference_items'] as const;

describe('replaying pushes', () => {
  it('changes nothing, and each change gets the answer it got the first time', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(40), { maxLength: 5 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        async (ops, cuts, replayPicks) => {
          const plan = batches(changesFor(ops), cuts);
          const firstAnswers = new Map<string, ChangeResult>();
          for (const { device, body } of plan) {
            const { results } = await pushOk(h.hub, devices[device]!.token, body);
            results.forEach((r) => firstAnswers.has(r.changeId) || firstAnswers.set(r.changeId, r));
          }
          const after = await snapshotTables(h.db, TABLES);

          for (const pick of replayPicks) {
            const { device, body } = plan[pick % plan.length]!;
            const { results } = await pushOk(h.hub, devices[device]!.token, body);
            results.forEach((r) => expect(r).toEqual(sameAnswer(firstAnswers.get(r.changeId)!, r)));
          }
          expect(await snapshotTables(h.db, TABLES)).toEqual(after);
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** The answer a change should get again: `duplicate` for applied; otherwise as before (a conflict with the current copy). */
function sameAnswer(first: ChangeResult, again: ChangeResult): ChangeResult {
  if (first.status === 'applied' || first.status === 'duplicate') return { changeId: first.changeId, status: 'duplicate', version: first.version };
  if (first.status === 'conflict' && again.status === 'conflict') return { ...first, hubCopy: again.hubCopy };
  return first;
}
