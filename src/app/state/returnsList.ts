import { computed, signal } from '@preact/signals';
import type { QuarterId, ReferenceData, ReturnVersion, SubContract } from '../../core/schemas';
import { previousQuarter, quarterEnd, quarterStart } from '../../core/time';
import type { ReturnsData } from '../store/returns/readReturnsData';
import { device, reference } from './appState';
import { knownReturnVersions, returnsData } from './returnsData';
import { type ReturnSummary, returnSummary } from './returnsSummary';
import { currentQuarter } from './today';

/** The clock the returns screens read (a signal so timeliness labels follow it; tests set it). */
export const returnsNow = signal<string>(new Date().toISOString());

/** Keeps returnsNow current while the app is open. Returns a function that stops. */
export function watchReturnsClock(everyMs = 60_000): () => void {
  const timer = setInterval(() => {
    returnsNow.value = new Date().toISOString();
  }, everyMs);
  return () => clearInterval(timer);
}

export type SubContractReturns = { subContract: SubContract; returns: ReturnSummary[] };

const running = (s: SubContract, q: QuarterId) => s.start <= quarterEnd(q) && s.end >= quarterStart(q);

/**
 * The returns a manager works on, per sub-contract of the member: the current quarter, the one
 * before, and any earlier quarter of the last year whose return the hub has not yet accepted.
 * Newest first. Only quarters the sub-contract runs in.
 */
export function returnsFor(
  data: ReferenceData,
  memberId: string,
  local: ReturnsData | undefined,
  versions: readonly ReturnVersion[],
  current: QuarterId,
  now: string,
): SubContractReturns[] {
  return data.subContracts
    .filter((s) => s.memberId === memberId && running(s, current))
    .map((subContract) => {
      const returns: ReturnSummary[] = [];
      let quarter = current;
      for (let i = 0; i < 4; i++, quarter = previousQuarter(quarter)) {
        if (!running(subContract, quarter)) break;
        const summary = returnSummary(data, local, versions, subContract, quarter, now);
        if (i < 2 || summary.stage !== 'accepted') returns.push(summary);
      }
      return { subContract, returns };
    });
}

/** The member's returns as the list shows them; follows the database and the clock. */
export const memberReturns = computed<SubContractReturns[]>(() => {
  const data = reference.value;
  const memberId = device.value?.memberId;
  if (!data || !memberId) return [];
  return returnsFor(data, memberId, returnsData.value, knownReturnVersions.value, currentQuarter.value, returnsNow.value);
});

/** The next return due that is not yet sealed, for the status bar ("Next deadline"). */
export const nextReturnDue = computed<ReturnSummary | null>(() => {
  const open = memberReturns.value
    .flatMap((s) => s.returns)
    .filter((r) => r.stage === 'not started' || r.stage === 'draft')
    .sort((a, b) => (a.timeliness.due.dueAt < b.timeliness.due.dueAt ? -1 : 1));
  return open[0] ?? null;
});
