import type { Finding } from '../../core/schemas';
import { MAX_PUSH_BATCH, PullResponse, PushResponse, type ChangeResult } from '../../core/sync';
import { betterSample, measureSkew, type SkewSample } from './clockSkew';
import { encodeJsonBody } from './encodeBody';
import { exchange, type Exchange } from './exchange';
import type { AckTally, OutboxItem, SyncProblem, SyncStore, Transport } from './types';

export type SyncProgress = { phase: 'pushing' | 'pulling'; sent: number; total: number };

export type SyncOptions = {
  store: SyncStore;
  transport: Transport;
  /** The device clock in ms (Date.now in the app). */
  now?: () => number;
  /** How long to wait for one answer before giving up on it. */
  timeoutMs?: number;
  /** Gzip push bodies (default true; falls back by itself if the hub says 415). */
  compress?: boolean;
  /** Changes per push (at most MAX_PUSH_BATCH). */
  batchSize?: number;
  onProgress?: (progress: SyncProgress) => void;
};

export type SyncReport =
  | { outcome: 'synced'; tally: AckTally; pulledPages: number; clockSkewMs: number | null }
  | { outcome: 'not-enrolled' }
  | { outcome: 'failed'; problem: SyncProblem; retryAfterMs: number | null; tally: AckTally };

export const DEFAULT_TIMEOUT_MS = 30_000;
const CURSOR_AHEAD = '400.3';

/**
 * One sync: push the outbox in batches, then pull what changed at the hub, page by page.
 *
 * Termination and safety (the parts that are easy to get wrong):
 * - Every push can be sent again: the hub answers a change id it has seen with the same
 *   outcome, so a lost response only costs a retry, never a double record.
 * - A change leaves the outbox only when its own answer arrived (by `seq`), so an edit made
 *   while the push was in flight stays queued.
 * - Each loop makes progress or stops: a batch is acknowledged (the outbox shrinks), or halved
 *   (413/400), or a single change is quarantined, or the run ends with a problem to retry later.
 *   The pull stops when the hub says there is no more, or repeats a cursor.
 * Never awaits the network inside a store transaction: each store call is its own.
 */
export async function syncOnce(options: SyncOptions): Promise<SyncReport> {
  const { store, transport } = options;
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const tally: AckTally = { accepted: 0, rejected: 0, settled: 0, conflicts: 0 };
  let skew: SkewSample | null = null;

  const credentials = await store.credentials();
  if (!credentials) return { outcome: 'not-enrolled' };
  const auth = { Authorization: `Bearer ${credentials.token}` };
  const send = (path: string, init: RequestInit) => exchange(transport, path, init, { timeoutMs, now });

  const fail = async (answer: Extract<Exchange, { ok: false }>, items: OutboxItem[] = []): Promise<SyncReport> => {
    const problem: SyncProblem = { kind: problemKind(answer), detail: answer.detail, at: new Date(now()).toISOString() };
    if (items.length > 0) await store.noteFailure(items, answer.detail);
    await store.writeMeta({ problem, ...(skew ? { clockSkewMs: skew.skewMs } : {}) });
    return { outcome: 'failed', problem, retryAfterMs: answer.retryAfterMs ?? null, tally };
  };

  // Push.
  await store.prepareOutbox(new Date(now()));
  const fullBatch = Math.min(options.batchSize ?? MAX_PUSH_BATCH, MAX_PUSH_BATCH);
  let limit = fullBatch;
  let compress = options.compress ?? true;
  let total = await store.countSendable();
  let sent = 0;
  for (;;) {
    const batch = await store.pendingBatch(limit);
    if (batch.length === 0) break;
    total = Math.max(total, sent + batch.length);
    options.onProgress?.({ phase: 'pushing', sent, total });
    const encoded = await encodeJsonBody({ deviceTime: new Date(now()).toISOString(), changes: batch.map((i) => i.change) }, { compress });
    const answer = await send('/api/sync/push', { method: 'POST', headers: { ...encoded.headers, ...auth }, body: encoded.body });
    if (answer.ok) {
      const parsed = PushResponse.safeParse(answer.body);
      if (!parsed.success || !answersMatch(parsed.data.results, batch)) {
        return fail({ ok: false, kind: 'bad-answer', status: 200, code: null, detail: 'The hub’s answer to a push did not match the changes sent' }, batch);
      }
      skew = betterSample(skew, measureSkew(answer.sentAt, answer.receivedAt, parsed.data.hubTime));
      const counted = await store.acknowledge(
        batch.map((item, i) => ({ item, result: parsed.data.results[i]! })),
        new Date(now()),
      );
      addTally(tally, counted);
      sent += batch.length;
      options.onProgress?.({ phase: 'pushing', sent, total: Math.max(total, sent) });
      continue;
    }
    if (answer.kind === 'too-large' || answer.kind === 'refused') {
      // Halve until the culprit is alone; then it alone is set aside for a person.
      if (batch.length > 1) {
        limit = Math.ceil(batch.length / 2);
        continue;
      }
      await store.quarantine(batch[0]!, [refusalFinding(answer)]);
      tally.rejected += 1;
      if (answer.kind === 'refused') limit = fullBatch;
      continue;
    }
    if (answer.kind === 'unsupported-encoding' && compress) {
      compress = false;
      continue;
    }
    return fail(answer, batch);
  }

  // Pull.
  let cursor = (await store.readMeta()).pullCursor;
  let pulledPages = 0;
  let restarted = false;
  for (;;) {
    options.onProgress?.({ phase: 'pulling', sent: pulledPages, total: pulledPages + 1 });
    const answer = await send(`/api/sync/pull?since=${encodeURIComponent(cursor)}`, { method: 'GET', headers: auth });
    if (!answer.ok) {
      // The hub's log restarted (restored from a backup, or a new hub): read everything again.
      if (answer.kind === 'refused' && answer.code === CURSOR_AHEAD && !restarted) {
        restarted = true;
        cursor = '0';
        continue;
      }
      return fail(answer);
    }
    const parsed = PullResponse.safeParse(answer.body);
    if (!parsed.success || (parsed.data.hasMore && parsed.data.cursor === cursor)) {
      return fail({ ok: false, kind: 'bad-answer', status: 200, code: null, detail: 'The hub’s answer to a pull could not be used' });
    }
    skew = betterSample(skew, measureSkew(answer.sentAt, answer.receivedAt, parsed.data.hubTime));
    await store.applyPull(parsed.data, new Date(now()));
    pulledPages += 1;
    cursor = parsed.data.cursor;
    if (!parsed.data.hasMore) break;
  }

  const clockSkewMs = skew?.skewMs ?? null;
  await store.writeMeta({ lastSyncAt: new Date(now()).toISOString(), problem: null, ...(skew ? { clockSkewMs: skew.skewMs } : {}) });
  return { outcome: 'synced', tally, pulledPages, clockSkewMs };
}

function answersMatch(results: ChangeResult[], batch: OutboxItem[]): boolean {
  return results.length === batch.length && results.every((r, i) => r.changeId === batch[i]!.change.changeId);
}

function addTally(into: AckTally, more: AckTally): void {
  into.accepted += more.accepted;
  into.rejected += more.rejected;
  into.settled += more.settled;
  into.conflicts += more.conflicts;
}

function problemKind(answer: Extract<Exchange, { ok: false }>): SyncProblem['kind'] {
  switch (answer.kind) {
    case 'too-large':
    case 'refused':
    case 'unsupported-encoding':
      return 'bad-answer';
    default:
      return answer.kind;
  }
}

/** S0: the hub refused the request that carried this one change as a whole. */
function refusalFinding(answer: Extract<Exchange, { ok: false }>): Finding {
  const message =
    answer.kind === 'too-large'
      ? 'This change is too large for the hub to accept, even on its own. Make the record shorter, then save it again.'
      : `The hub could not accept this change: ${answer.detail}`;
  return { ruleId: 'S0', severity: 'error', path: '', message };
}
