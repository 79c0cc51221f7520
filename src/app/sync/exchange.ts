import type { SyncProblemKind, Transport } from './types';

/** A request's outcome, sorted into what the engine does next. */
export type Exchange =
  | { ok: true; body: unknown; sentAt: number; receivedAt: number }
  | {
      ok: false;
      /** A problem to report and retry later, or a status the engine handles itself. */
      kind: SyncProblemKind | 'too-large' | 'refused' | 'unsupported-encoding';
      status: number | null;
      /** The problem's `code` (e.g. "400.3"), when the hub sent problem+json. */
      code: string | null;
      detail: string;
      /** From Retry-After on a 429. */
      retryAfterMs?: number;
    };

export type ExchangeOptions = { timeoutMs: number; now: () => number };

/**
 * Sends one request and sorts the outcome. Never throws: a network failure, a timeout and an
 * unreadable body are outcomes like any status. The timeout aborts the request; the hub may
 * still have acted on it, which is why every push can be repeated safely.
 */
export async function exchange(transport: Transport, path: string, init: RequestInit, options: ExchangeOptions): Promise<Exchange> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('The hub took too long to answer', 'TimeoutError')), options.timeoutMs);
  const sentAt = options.now();
  try {
    let response: Response;
    try {
      response = await transport(path, { ...init, signal: controller.signal });
    } catch (error) {
      return failure(isTimeout(error) ? 'timeout' : 'unreachable', null, null, describe(error));
    }
    if (response.status === 200) {
      try {
        const body: unknown = await response.json();
        return { ok: true, body, sentAt, receivedAt: options.now() };
      } catch (error) {
        if (isTimeout(error)) return failure('timeout', 200, null, describe(error));
        return failure('bad-answer', 200, null, `The hub's answer could not be read: ${describe(error)}`);
      }
    }
    const problem = await readProblem(response);
    const detail = problem.detail ?? `The hub answered ${response.status}`;
    switch (response.status) {
      case 401:
        return failure('needs-enrolment', 401, problem.code, detail);
      case 413:
        return failure('too-large', 413, problem.code, detail);
      case 415:
        return failure('unsupported-encoding', 415, problem.code, detail);
      case 429:
        return { ...failure('busy', 429, problem.code, detail), retryAfterMs: retryAfterMs(response.headers.get('Retry-After'), options.now()) };
      case 400:
      case 422:
        return failure('refused', response.status, problem.code, detail);
      default:
        return failure(response.status >= 500 ? 'hub-error' : 'bad-answer', response.status, problem.code, detail);
    }
  } finally {
    clearTimeout(timer);
  }
}

type Failure = Extract<Exchange, { ok: false }>;

function failure(kind: Failure['kind'], status: number | null, code: string | null, detail: string): Failure {
  return { ok: false, kind, status, code, detail };
}

async function readProblem(response: Response): Promise<{ code: string | null; detail: string | null }> {
  try {
    const body = (await response.json()) as { code?: unknown; detail?: unknown };
    return {
      code: typeof body.code === 'string' ? body.code : null,
      detail: typeof body.detail === 'string' ? body.detail : null,
    };
  } catch {
    return { code: null, detail: null };
  }
}

/** Retry-After is whole seconds or an HTTP date; a missing or odd one means "a little while". */
export function retryAfterMs(header: string | null, nowMs: number): number {
  const FALLBACK = 30_000;
  if (!header) return FALLBACK;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? FALLBACK : Math.max(0, at - nowMs);
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
