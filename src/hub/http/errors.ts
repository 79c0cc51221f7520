import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { PROBLEMS, ProblemError, problemResponse, type ProblemKind } from './problems';

/** Unknown addresses, under /api and elsewhere, get a JSON 404 rather than hono's text one. */
export const notFound: NotFoundHandler = (c) =>
  problemResponse(c, PROBLEMS.notFound, `No resource at ${c.req.method} ${c.req.path}. Check the address.`);

/**
 * Turns anything thrown into a problem response. Unexpected errors are logged in full here
 * and answered with a generic 500: stack traces and SQL never reach the client.
 */
export function errorHandler(log: (line: string) => void): ErrorHandler {
  return (error: Error, c: Context) => {
    if (error instanceof ProblemError) return problemResponse(c, error.kind, error.message, error.errors);
    if (error instanceof HTTPException && error.status < 500) {
      return problemResponse(c, kindForStatus(error.status), error.message || kindForStatus(error.status).title);
    }
    log(`Error answering ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`);
    return problemResponse(
      c,
      PROBLEMS.internalError,
      'The hub could not complete this request. Try again, and tell the hub team if it keeps happening.',
    );
  };
}

/** For HTTPExceptions thrown by hono's own middleware, which know only a status. */
function kindForStatus(status: number): ProblemKind {
  if (status === 413) return PROBLEMS.bodyTooLarge;
  if (status === 404) return PROBLEMS.notFound;
  return { code: `${status}.0`, status: status as ProblemKind['status'], slug: `http-${status}`, title: 'The request was not accepted' };
}
