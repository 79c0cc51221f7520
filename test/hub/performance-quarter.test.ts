// Which quarter the performance view shows, and where it can move to (pure: no hub needed).
import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../src/hub/http/problems';
import { performanceQuarter } from '../../src/hub/services/performance/performance-quarter';

const pc = { id: 'pc', name: 'Wellbeing Programme', start: '2025-04-01', end: '2027-03-31' };
const at = (iso: string) => new Date(iso);

describe('performanceQuarter', () => {
  it('defaults to the latest quarter that has ended, by the London date', () => {
    expect(performanceQuarter(pc, undefined, at('2026-11-20T10:00:00.000Z'))).toEqual({ quarter: '2026-Q2', previousQuarter: '2026-Q1', nextQuarter: '2026-Q3' });
    // 23:30 UTC on 30 Sep 2026 is already 1 Oct in London (BST): 2026-Q2 has ended.
    expect(performanceQuarter(pc, undefined, at('2026-09-30T23:30:00.000Z')).quarter).toBe('2026-Q2');
    expect(performanceQuarter(pc, undefined, at('2026-09-30T22:30:00.000Z')).quarter).toBe('2026-Q1');
  });

  it('clamps the default to the term: its first quarter before it has one that ended, its last after it ends', () => {
    expect(performanceQuarter(pc, undefined, at('2025-05-01T10:00:00.000Z'))).toEqual({ quarter: '2025-Q1', previousQuarter: null, nextQuarter: null });
    expect(performanceQuarter(pc, undefined, at('2028-01-10T10:00:00.000Z'))).toEqual({ quarter: '2026-Q4', previousQuarter: '2026-Q3', nextQuarter: null });
  });

  it('moves on no further than the current quarter, and back no further than the term’s start', () => {
    const now = at('2026-11-20T10:00:00.000Z');
    expect(performanceQuarter(pc, '2026-Q3', now)).toEqual({ quarter: '2026-Q3', previousQuarter: '2026-Q2', nextQuarter: null });
    expect(performanceQuarter(pc, '2026-Q4', now)).toEqual({ quarter: '2026-Q4', previousQuarter: '2026-Q3', nextQuarter: null });
    expect(performanceQuarter(pc, '2025-Q1', now)).toEqual({ quarter: '2025-Q1', previousQuarter: null, nextQuarter: '2025-Q2' });
  });

  it('refuses a quarter outside the term with 404.9, naming the term', () => {
    for (const quarter of ['2024-Q4', '2027-Q1']) {
      const refuse = () => performanceQuarter(pc, quarter, at('2026-11-20T10:00:00.000Z'));
      expect(refuse).toThrow(ProblemError);
      expect(refuse).toThrow('Wellbeing Programme runs from Q1 2025/26 (Apr–Jun 2025) to Q4 2026/27 (Jan–Mar 2027)');
      try {
        refuse();
      } catch (e) {
        expect((e as ProblemError).kind.code).toBe('404.9');
      }
    }
  });
});
