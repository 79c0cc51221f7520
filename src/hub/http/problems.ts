import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * Every problem the hub can answer with, numbered by HTTP status (as getodk/central-backend
 * does), so clients, tests and people can tell them apart by `code` or `type`.
 * Add new ones here; never reuse or renumber a code.
 */
export const PROBLEMS = {
  invalidJson: { code: '400.1', status: 400, slug: 'invalid-json', title: 'The request body is not valid JSON' },
  validationFailed: {
    code: '400.2',
    status: 400,
    slug: 'validation-failed',
    title: 'Some fields in the request are not valid',
  },
  cursorAhead: { code: '400.3', status: 400, slug: 'cursor-ahead', title: 'The cursor is ahead of this hub' },
  enrolmentCodeNotRecognised: {
    code: '400.4',
    status: 400,
    slug: 'enrolment-code-not-recognised',
    title: 'The enrolment code is not recognised',
  },
  invalidCompressedBody: {
    code: '400.5',
    status: 400,
    slug: 'invalid-compressed-body',
    title: 'The compressed request body could not be read',
  },
  currentPasswordWrong: { code: '400.6', status: 400, slug: 'current-password-wrong', title: 'The current password is not right' },
  signInRequired: { code: '401.1', status: 401, slug: 'sign-in-required', title: 'Sign in as hub staff' },
  signInFailed: { code: '401.2', status: 401, slug: 'sign-in-failed', title: 'The email address or password is not right' },
  deviceNotEnrolled: { code: '401.3', status: 401, slug: 'device-not-enrolled', title: 'This device is not enrolled' },
  deviceRevoked: { code: '401.4', status: 401, slug: 'device-revoked', title: 'This device has been removed by the hub' },
  csrfTokenInvalid: {
    code: '403.1',
    status: 403,
    slug: 'csrf-token-invalid',
    title: 'The request did not carry this session’s CSRF token',
  },
  cannotRemoveYourself: { code: '403.2', status: 403, slug: 'cannot-remove-yourself', title: 'You cannot remove your own access' },
  cannotResetYourOwnPassword: {
    code: '403.3',
    status: 403,
    slug: 'cannot-reset-your-own-password',
    title: 'You cannot reset your own password',
  },
  notFound: { code: '404.1', status: 404, slug: 'not-found', title: 'There is nothing at this address' },
  memberNotFound: { code: '404.2', status: 404, slug: 'member-not-found', title: 'There is no such member' },
  deviceNotFound: { code: '404.3', status: 404, slug: 'device-not-found', title: 'There is no such device' },
  returnNotFound: { code: '404.4', status: 404, slug: 'return-not-found', title: 'There is no such return' },
  primeContractNotFound: { code: '404.5', status: 404, slug: 'prime-contract-not-found', title: 'There is no such prime contract' },
  queryNotFound: { code: '404.6', status: 404, slug: 'query-not-found', title: 'There is no such query' },
  extensionNotFound: { code: '404.7', status: 404, slug: 'extension-not-found', title: 'There is no such extension' },
  staffUserNotFound: { code: '404.8', status: 404, slug: 'staff-user-not-found', title: 'There is no such hub staff user' },
  quarterOutsideTerm: { code: '404.9', status: 404, slug: 'quarter-outside-term', title: 'The prime contract does not run in that quarter' },
  subContractNotFound: { code: '404.10', status: 404, slug: 'sub-contract-not-found', title: 'There is no such sub-contract' },
  enrolmentCodeUsed: { code: '409.1', status: 409, slug: 'enrolment-code-used', title: 'The enrolment code has already been used' },
  returnNotAcceptable: { code: '409.2', status: 409, slug: 'return-not-acceptable', title: 'The return cannot be accepted yet' },
  returnChanged: { code: '409.3', status: 409, slug: 'return-changed', title: 'The return has changed since you looked at it' },
  returnStateConflict: { code: '409.4', status: 409, slug: 'return-state-conflict', title: 'The return’s state does not allow this' },
  extensionDecided: { code: '409.5', status: 409, slug: 'extension-decided', title: 'The extension request has already been decided' },
  queryClosed: { code: '409.6', status: 409, slug: 'query-closed', title: 'The query is already closed' },
  staffEmailTaken: { code: '409.7', status: 409, slug: 'staff-email-taken', title: 'A hub staff user already has this email address' },
  staffUserRemoved: { code: '409.8', status: 409, slug: 'staff-user-removed', title: 'This hub staff user’s access has been removed' },
  enrolmentCodeExpired: { code: '410.1', status: 410, slug: 'enrolment-code-expired', title: 'The enrolment code has expired' },
  bodyTooLarge: { code: '413.1', status: 413, slug: 'body-too-large', title: 'The request body is too large' },
  unsupportedMediaType: {
    code: '415.1',
    status: 415,
    slug: 'unsupported-media-type',
    title: 'The request body must be JSON',
  },
  unsupportedContentEncoding: {
    code: '415.2',
    status: 415,
    slug: 'unsupported-content-encoding',
    title: 'The request body’s Content-Encoding is not supported',
  },
  indicatorNotPaidByResults: {
    code: '422.1',
    status: 422,
    slug: 'indicator-not-paid-by-results',
    title: 'The sub-contract does not pay by results for that indicator',
  },
  tooManySignInAttempts: {
    code: '429.1',
    status: 429,
    slug: 'too-many-sign-in-attempts',
    title: 'Too many sign-in attempts',
  },
  tooManyEnrolAttempts: { code: '429.2', status: 429, slug: 'too-many-enrol-attempts', title: 'Too many enrolment attempts' },
  tooManyRequests: { code: '429.3', status: 429, slug: 'too-many-requests', title: 'This device is sending too many requests' },
  internalError: { code: '500.1', status: 500, slug: 'internal-error', title: 'Something went wrong in the hub' },
  appNotBuilt: { code: '503.1', status: 503, slug: 'app-not-built', title: 'The app has not been built' },
  databaseUnavailable: {
    code: '503.2',
    status: 503,
    slug: 'database-unavailable',
    title: 'The hub cannot reach its database',
  },
} as const satisfies Record<string, ProblemKind>;

export type ProblemName = keyof typeof PROBLEMS;

export interface ProblemKind {
  code: string;
  status: ContentfulStatusCode;
  slug: string;
  title: string;
}

/** One field that failed validation: a dotted path into the body ('' for the body itself). */
export interface FieldError {
  path: string;
  message: string;
}

/** An RFC 9457 problem details object, plus our `code` and, for validation, `errors`. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemType(kind: ProblemKind): string {
  return `urn:consortium-returns:problem:${kind.slug}`;
}

/** Throw from any handler or helper; the app's error handler answers with the problem. */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly kind: ProblemKind;
  readonly errors: FieldError[] | undefined;

  constructor(name: ProblemName, detail: string, errors?: FieldError[]) {
    super(detail);
    this.kind = PROBLEMS[name];
    this.errors = errors;
  }
}

/** Answers `c` with the problem; `detail` says, in plain words, what happened and what to do. */
export function problemResponse(c: Context, kind: ProblemKind, detail: string, errors?: FieldError[]): Response {
  const body: ProblemDetails = {
    type: problemType(kind),
    title: kind.title,
    status: kind.status,
    detail,
    instance: c.req.path,
    code: kind.code,
    ...(errors ? { errors } : {}),
  };
  // Errors are about this request only: never let a cache or the service worker keep them.
  return c.body(JSON.stringify(body), kind.status, {
    'Content-Type': PROBLEM_CONTENT_TYPE,
    'Cache-Control': 'no-store',
  });
}
