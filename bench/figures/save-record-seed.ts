import { demoRecords } from '../../src/core/demo';
import type { QuarterId } from '../../src/core/schemas';
import type { StoredRecord } from '../../src/app/store/types';

export const BENCH_MEMBER = 'm-advice';
export const BENCH_SUB_CONTRACT = 'sc-advice-debt';
export const BENCH_PERSON = 'm-advice-manager';

/**
 * `count` records of the member's current quarter, as the app stores them, dated no later than
 * `today` and made before now, so that a record saved during the bench is the newest in the list.
 */
export function benchRecords(quarter: QuarterId, today: string, count = 10_000): StoredRecord[] {
  return demoRecords({ subContractId: BENCH_SUB_CONTRACT, quarter, count, seed: 7 }).map((r, i): StoredRecord => {
    const base = r.type === 'spend' ? r : { ...r, date: r.date > today ? today : r.date };
    const made = `${base.type === 'spend' ? today : base.date}T00:00:00.000Z`;
    const id = `bench-${String(i).padStart(6, '0')}`;
    const person = base.type === 'volunteer-hours' ? base.volunteerId : BENCH_PERSON;
    return { ...base, id, memberId: BENCH_MEMBER, personId: person, createdAt: made, updatedAt: made, version: 1, deleted: 0, quarter } as StoredRecord;
  });
}
