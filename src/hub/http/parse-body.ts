import type { Context } from 'hono';
import type { z } from 'zod';
import { ProblemError, type FieldError } from './problems';

/**
 * Reads the request body as JSON and checks it against `schema`. Returns the parsed value, or
 * throws a ProblemError (415 not JSON, 400 invalid JSON, 400 validation failed naming each field
 * and why), which the app's error handler turns into problem+json. Handlers call this before
 * touching the database, so a bad body changes nothing.
 */
export async function parseJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const contentType = c.req.header('Content-Type') ?? '';
  if (!/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(contentType)) {
    throw new ProblemError(
      'unsupportedMediaType',
      `Send the body as JSON with Content-Type: application/json (got ${contentType ? `'${contentType}'` : 'no Content-Type'}).`,
    );
  }
  const text = await c.req.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    const why = text.trim() === '' ? 'the body is empty' : (error as Error).message;
    throw new ProblemError('invalidJson', `The request body could not be read as JSON: ${why}.`);
  }
  const result = schema.safeParse(body);
  if (!result.success) {
    const errors = result.error.issues.map(toFieldError);
    throw new ProblemError('validationFailed', describe(errors), errors);
  }
  return result.data;
}

function toFieldError(issue: z.core.$ZodIssue): FieldError {
  return { path: issue.path.map(String).join('.'), message: issue.message };
}

function describe(errors: FieldError[]): string {
  const list = errors.map((e) => `${e.path || 'the body'}: ${e.message}`).join('; ');
  return errors.length === 1 ? `One problem with the request body: ${list}.` : `${errors.length} problems with the request body: ${list}.`;
}
