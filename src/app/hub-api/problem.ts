import { z } from 'zod';

/** An RFC 9457 problem as the hub sends it (src/hub/http/problems.ts), read leniently. */
const ProblemBody = z.object({
  title: z.string().optional(),
  status: z.number().optional(),
  detail: z.string().optional(),
  code: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** What went wrong, in words for hub staff, and which kind (for the screens to tell apart). */
export type HubProblemKind =
  /** The hub could not be reached (offline, or the hub is down). */
  | 'offline'
  /** No session, or it ended: sign in again. */
  | 'sign-in-required'
  /** Sign-in with the wrong email address or password. */
  | 'sign-in-failed'
  | 'too-many-attempts'
  | 'not-found'
  /** The request was refused because of what it said (400, 409, 422…): `fieldErrors` may say where. */
  | 'refused'
  /** The hub failed, or answered with something we cannot read. */
  | 'hub';

export class HubApiError extends Error {
  override name = 'HubApiError';
  constructor(
    readonly kind: HubProblemKind,
    message: string,
    readonly status: number,
    /** The hub's problem code, e.g. "401.2"; '' when there was no problem body. */
    readonly code = '',
    /** Field path (dotted, as in the request body) → problem, for validation failures. */
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const OFFLINE_MESSAGE = 'The hub could not be reached. Hub pages need an internet connection: check it and try again.';
const UNREADABLE = 'The hub’s answer could not be understood. Try again, and tell the hub team if it keeps happening.';

/** Turns a failed response into a HubApiError carrying the hub's own plain-English detail. */
export async function problemFrom(response: Response): Promise<HubApiError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = ProblemBody.safeParse(body);
  const problem = parsed.success ? parsed.data : {};
  const status = response.status;
  const code = problem.code ?? '';
  const message = problem.detail || problem.title || (status >= 500 ? UNREADABLE : `The hub refused the request (${status}).`);
  const fieldErrors: Record<string, string> = {};
  for (const { path, message: fieldMessage } of problem.errors ?? []) fieldErrors[path] ??= fieldMessage;
  return new HubApiError(kindOf(status, code), message, status, code, fieldErrors);
}

function kindOf(status: number, code: string): HubProblemKind {
  if (code === '401.2') return 'sign-in-failed';
  if (status === 401) return 'sign-in-required';
  if (status === 429) return 'too-many-attempts';
  if (status === 404) return 'not-found';
  if (status >= 500) return 'hub';
  return 'refused';
}

export function offlineError(): HubApiError {
  return new HubApiError('offline', OFFLINE_MESSAGE, 0);
}

export function unreadableAnswer(status: number): HubApiError {
  return new HubApiError('hub', UNREADABLE, status);
}

/**
 * `value` checked with the core schema before it is sent: bad answers never reach the hub.
 * Refused as a HubApiError with each field's problem, like the hub's own 400.
 */
export function checked<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) fieldErrors[issue.path.map(String).join('.')] ??= issue.message;
  const first = parsed.error.issues[0]?.message ?? 'Check your answers.';
  throw new HubApiError('refused', first, 0, '', fieldErrors);
}
