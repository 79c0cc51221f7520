import { EnrolRequest, EnrolResponse } from '../../core/sync';

/** Why enrolment did not work, for the enrolment screen; `field` says which answer to fix. */
export type EnrolProblem = 'offline' | 'invalid' | 'code-not-recognised' | 'code-used' | 'code-expired' | 'too-many' | 'hub';

export class EnrolError extends Error {
  override name = 'EnrolError';
  constructor(
    readonly problem: EnrolProblem,
    message: string,
    /** The answer to correct, when one is at fault. */
    readonly field: 'code' | 'deviceName' | null = null,
  ) {
    super(message);
  }
}

export const OFFLINE_MESSAGE = 'You are offline. Enrolment needs an internet connection once; after that the app works offline.';

export type EnrolOptions = {
  fetch?: typeof fetch;
  /** The hub's address; the page's own origin by default. */
  baseUrl?: string;
  /** Whether the device says it is online (navigator.onLine by default). */
  online?: () => boolean;
};

/**
 * Exchanges a one-time enrolment code from the hub for this device's token and its member's
 * set-up: POST /api/enrol. The one request the app makes before it is enrolled. Both the answers
 * and the hub's reply are checked with the core schemas; every failure is an EnrolError with a
 * message for the person.
 */
export async function enrol(answers: { code: string; deviceName: string }, options: EnrolOptions = {}): Promise<EnrolResponse> {
  const request = EnrolRequest.safeParse(answers);
  if (!request.success) {
    const issue = request.error.issues[0];
    const field = issue?.path[0] === 'deviceName' ? 'deviceName' : 'code';
    throw new EnrolError('invalid', issue?.message ?? 'Check your answers', field);
  }
  const online = options.online ?? (() => (typeof navigator === 'undefined' ? true : navigator.onLine));
  if (!online()) throw new EnrolError('offline', OFFLINE_MESSAGE);

  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await doFetch(`${options.baseUrl ?? ''}/api/enrol`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(request.data),
      cache: 'no-store',
    });
  } catch {
    throw new EnrolError('offline', online() ? 'The hub could not be reached. Check your internet connection and try again.' : OFFLINE_MESSAGE);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw problemToError(response.status, body);
  const parsed = EnrolResponse.safeParse(body);
  if (!parsed.success) {
    throw new EnrolError('hub', 'The hub’s answer could not be understood. Try again, and tell the hub team if it keeps happening.');
  }
  return parsed.data;
}

type Problem = { code?: unknown; detail?: unknown; errors?: unknown };

function problemToError(status: number, body: unknown): EnrolError {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as Problem;
  const detail = typeof problem.detail === 'string' && problem.detail ? problem.detail : null;
  switch (problem.code) {
    case '400.4':
      return new EnrolError('code-not-recognised', detail ?? 'That enrolment code is not recognised. Check it against the one the hub gave you.', 'code');
    case '409.1':
      return new EnrolError('code-used', detail ?? 'That enrolment code has already been used. Ask the hub for a new one.', 'code');
    case '410.1':
      return new EnrolError('code-expired', detail ?? 'That enrolment code has expired. Ask the hub for a new one.', 'code');
    case '429.2':
      return new EnrolError('too-many', detail ?? 'There have been too many attempts. Wait a few minutes and try again.');
  }
  if (status === 400 && Array.isArray(problem.errors) && problem.errors.length > 0) {
    const first = problem.errors[0] as { path?: unknown; message?: unknown };
    const field = first.path === 'deviceName' ? 'deviceName' : 'code';
    return new EnrolError('invalid', typeof first.message === 'string' ? first.message : 'Check your answers', field);
  }
  return new EnrolError('hub', detail ?? `The hub could not enrol this device (error ${status}). Try again, and tell the hub team if it keeps happening.`);
}
