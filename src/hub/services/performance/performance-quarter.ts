import type { PrimeContract } from '../../../core/schemas';
import { compareQuarters, londonDateOf, nextQuarter, previousQuarter, type QuarterId, quarterLabel, quarterOf } from '../../../core/time';
import { ProblemError } from '../../http/problems';

export type PerformanceQuarter = { quarter: QuarterId; previousQuarter: QuarterId | null; nextQuarter: QuarterId | null };

/**
 * The quarter a performance view shows, and where it can move to. Without `asked`, the latest
 * quarter that has ended (today's London quarter minus one: performance is judged on finished
 * quarters), clamped to the prime contract's term. A quarter outside the term is refused. Moving
 * back stops at the term's first quarter; moving on stops at the term's last quarter or the
 * current quarter, whichever is earlier (a quarter still running may hold early returns).
 */
export function performanceQuarter(pc: Pick<PrimeContract, 'id' | 'name' | 'start' | 'end'>, asked: QuarterId | undefined, now: Date): PerformanceQuarter {
  const first = quarterOf(pc.start);
  const last = quarterOf(pc.end);
  const current = quarterOf(londonDateOf(now.toISOString()));
  let quarter = asked ?? previousQuarter(current);
  if (asked === undefined) {
    if (compareQuarters(quarter, first) < 0) quarter = first;
    if (compareQuarters(quarter, last) > 0) quarter = last;
  } else if (compareQuarters(quarter, first) < 0 || compareQuarters(quarter, last) > 0) {
    throw new ProblemError(
      'quarterOutsideTerm',
      `${pc.name} runs from ${quarterLabel(first)} to ${quarterLabel(last)}, so it has no performance for ${quarterLabel(quarter)}. Choose a quarter in its term.`,
    );
  }
  const before = previousQuarter(quarter);
  const after = nextQuarter(quarter);
  const furthest = compareQuarters(current, last) < 0 ? current : last;
  return {
    quarter,
    previousQuarter: compareQuarters(before, first) >= 0 ? before : null,
    nextQuarter: compareQuarters(after, furthest) <= 0 ? after : null,
  };
}
