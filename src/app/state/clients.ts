import { computed } from '@preact/signals';
import { ENROLMENT_ALPHABET } from '../../core/sync';
import { clientRefExists } from '../store/clientRefExists';
import { recentClients, type RecentClient } from '../store/recentClients';
import type { StoredRecord } from '../store/types';
import { activeDb, quarterRecords, reference } from './appState';

const RECENT = 30;

/** The latest clients among `records` (newest contact or outcome first), one entry per client ref. */
export function recentClientsIn(records: readonly StoredRecord[], limit = RECENT): RecentClient[] {
  const latest = new Map<string, StoredRecord & { type: 'contact' | 'outcome' }>();
  for (const r of records) {
    if (r.deleted || (r.type !== 'contact' && r.type !== 'outcome')) continue;
    const seen = latest.get(r.clientRef);
    // The latest contact wins over an outcome on the same day: it carries the demographics.
    if (!seen || r.date > seen.date || (r.date === seen.date && r.type === 'contact' && (seen.type !== 'contact' || r.createdAt > seen.createdAt))) {
      latest.set(r.clientRef, r);
    }
  }
  // The `limit` latest dates, ties in first-seen order (as a stable sort would give), without
  // sorting thousands of clients after every save.
  const top: (StoredRecord & { type: 'contact' | 'outcome' })[] = [];
  for (const r of latest.values()) {
    if (top.length === limit && (limit === 0 || r.date <= top[limit - 1]!.date)) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.date < r.date) at--;
    top.splice(at, 0, r);
    if (top.length > limit) top.pop();
  }
  return top.map((r) => ({ clientRef: r.clientRef, lastDate: r.date, subContractId: r.subContractId, demographics: r.type === 'contact' ? r.demographics : {} }));
}

/**
 * This quarter's recent clients, from the records already in memory: it follows every save
 * without reading the database again (only screens that show it compute it).
 */
export const recentClientsThisQuarter = computed(() => recentClientsIn(quarterRecords.value));

/** Recent clients from every quarter on the device, read once (e.g. when a form opens). */
export function recentClientsOnDevice(): Promise<RecentClient[]> {
  return recentClients(activeDb(), { limit: RECENT });
}

/** This quarter's clients first, then earlier ones not seen this quarter. */
export function mergeRecentClients(thisQuarter: readonly RecentClient[], earlier: readonly RecentClient[], limit = RECENT): RecentClient[] {
  const refs = new Set(thisQuarter.map((c) => c.clientRef));
  return [...thisQuarter, ...earlier.filter((c) => !refs.has(c.clientRef))].slice(0, limit);
}

/** Up to three capital letters from the member's name: "Brook Advice Centre" → "BAC". */
export function memberPrefix(memberName: string): string {
  const letters = memberName
    .split(/[^A-Za-z]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return (letters || 'CL').slice(0, 3);
}

/** A random pseudonymous ref such as "BAC-7K3MQ": no names, nothing guessable about the client. */
export function randomClientRef(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  const body = Array.from(bytes, (b) => ENROLMENT_ALPHABET[b % ENROLMENT_ALPHABET.length]).join('');
  return `${prefix}-${body}`;
}

/** "Make one for me": a new client ref not used by any record on this device. */
export async function makeClientRef(): Promise<string> {
  const prefix = memberPrefix(reference.value?.members[0]?.name ?? '');
  for (let i = 0; i < 20; i++) {
    const ref = randomClientRef(prefix);
    if (!(await clientRefExists(activeDb(), ref))) return ref;
  }
  throw new Error('Could not make a new client ref. Type one instead.');
}
