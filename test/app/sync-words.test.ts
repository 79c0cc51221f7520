import { describe, expect, it } from 'vitest';
import { inTime, problemSentence, timeAgo } from '../../src/app/ui/sync/syncWords';

const NOW = Date.parse('2026-05-01T09:00:00.000Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();

describe('sync words', () => {
  it('says how long ago the last sync was', () => {
    expect(timeAgo(ago(20_000), NOW)).toBe('just now');
    expect(timeAgo(ago(60_000), NOW)).toBe('1 minute ago');
    expect(timeAgo(ago(3 * 60_000 + 59_000), NOW)).toBe('3 minutes ago');
    expect(timeAgo(ago(2 * 3_600_000), NOW)).toBe('2 hours ago');
    expect(timeAgo(ago(50 * 3_600_000), NOW)).toBe('2 days ago');
    // A device clock behind the last sync's still says "just now", never "in the future".
    expect(timeAgo(ago(-90_000), NOW)).toBe('just now');
  });

  it('says when the next try is', () => {
    expect(inTime(3_000)).toBe('in a moment');
    expect(inTime(29_200)).toBe('in 30 seconds');
    expect(inTime(61_000)).toBe('in 2 minutes');
  });

  it('puts a problem in plain English, with what happens next and that nothing is lost', () => {
    const at = '2026-05-01T09:00:00.000Z';
    expect(problemSentence({ kind: 'unreachable', detail: 'Failed to fetch', at }, NOW + 30_000, NOW, true)).toBe(
      'Couldn’t reach the hub — we’ll try again in 30 seconds. Nothing you recorded is lost.',
    );
    expect(problemSentence({ kind: 'busy', detail: '', at }, null, NOW, true)).toBe('The hub is busy — we’ll try again soon. Nothing you recorded is lost.');
    expect(problemSentence({ kind: 'hub-error', detail: '', at }, NOW + 1_000, NOW, false)).toBe(
      'You’re offline — changes will be sent when you’re back online. Nothing you recorded is lost.',
    );
    expect(problemSentence({ kind: 'needs-enrolment', detail: '', at }, null, NOW, true)).toMatch(/^The hub no longer recognises this device\. Set it up again .* Nothing you recorded is lost\.$/);
  });
});
