import type { ReturnState } from '../../../../core/schemas';
import type { ReturnTimelinessStatus } from '../../../../core/timeliness';

/** A return's state in plain words (DESIGN §2). */
export const STATE_WORDS: Record<ReturnState, string> = {
  draft: 'Draft',
  sealed: 'Sealed',
  received: 'Received',
  validated: 'Checked',
  queried: 'Queried',
  resubmitted: 'Resubmitted',
  accepted: 'Accepted',
  locked: 'Accepted',
};

export function stateWords(state: ReturnState | null): string {
  return state ? STATE_WORDS[state] : 'Not received';
}

/** In the audit trail every step shows, so accepting and locking are told apart. */
export function auditStateWords(state: ReturnState | null): string {
  return state === 'locked' ? 'Locked' : stateWords(state);
}

/** "tolerancePercent" → "tolerance percent". */
function keyWords(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A finding's expected or actual value in words: '630', 'target 630, tolerance percent 10'. */
export function valueWords(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'blank';
  if (typeof value === 'number') return value.toLocaleString('en-GB');
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(valueWords).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${keyWords(k)} ${valueWords(v)}`)
      .join(', ');
  }
  return String(value);
}

export type TagColour = 'green' | 'red' | 'yellow' | 'blue' | 'grey' | 'purple';

/** Colour only repeats what the words say: never the only sign (WCAG 1.4.1). */
export const TIMELINESS_COLOUR: Record<ReturnTimelinessStatus, TagColour> = {
  'not due': 'grey',
  'due soon': 'yellow',
  overdue: 'red',
  'on time': 'green',
  late: 'red',
  excused: 'purple',
};

export function stateColour(state: ReturnState | null): TagColour {
  if (state === 'locked' || state === 'accepted') return 'green';
  if (state === 'queried') return 'yellow';
  if (state === null) return 'grey';
  return 'blue';
}

/** 'Red', 'Amber', 'Green' — RAG in words, not colour alone. */
export function ragWords(rag: 'green' | 'amber' | 'red' | null): string {
  return rag === null ? 'No target' : rag[0]!.toUpperCase() + rag.slice(1);
}

export const RAG_COLOUR: Record<'green' | 'amber' | 'red', TagColour> = { green: 'green', amber: 'yellow', red: 'red' };

/** Path to a return's page. */
export function returnHref(subContractId: string, quarter: string, rest = ''): string {
  return `/hub/returns/${encodeURIComponent(subContractId)}/${encodeURIComponent(quarter)}${rest}`;
}
