import type { SyncProblem } from '../../sync/types';

/** "just now", "3 minutes ago", "2 hours ago", "4 days ago". */
export function timeAgo(iso: string, now: number): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 60) return 'just now';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return plural(minutes, 'minute') + ' ago';
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return plural(hours, 'hour') + ' ago';
  return plural(Math.floor(hours / 24), 'day') + ' ago';
}

/** "in a moment", "in 30 seconds", "in 2 minutes". */
export function inTime(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds <= 5) return 'in a moment';
  if (seconds < 60) return `in ${seconds} seconds`;
  return `in ${plural(Math.ceil(seconds / 60), 'minute')}`;
}

const WHAT_HAPPENED: Record<SyncProblem['kind'], string> = {
  unreachable: 'Couldn’t reach the hub',
  timeout: 'The hub took too long to answer',
  'hub-error': 'The hub had a problem',
  busy: 'The hub is busy',
  'bad-answer': 'Something went wrong talking to the hub',
  'needs-enrolment': 'The hub no longer recognises this device',
};

/**
 * The problem in plain English, with what happens next and the reassurance people need:
 * "Couldn’t reach the hub — we’ll try again in 30 seconds. Nothing you recorded is lost."
 */
export function problemSentence(problem: SyncProblem, retryAt: number | null, now: number, online: boolean): string {
  if (problem.kind === 'needs-enrolment') {
    return 'The hub no longer recognises this device. Set it up again with a new code from the hub. Nothing you recorded is lost.';
  }
  if (!online) return 'You’re offline — changes will be sent when you’re back online. Nothing you recorded is lost.';
  const next = retryAt === null ? 'we’ll try again soon' : `we’ll try again ${inTime(retryAt - now)}`;
  return `${WHAT_HAPPENED[problem.kind]} — ${next}. Nothing you recorded is lost.`;
}

export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;
}
