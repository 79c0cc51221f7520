import type { Context } from 'hono';
import { z } from 'zod';
import { ProblemError } from './problems';

/**
 * Reads the URL query against `schema`, refusing names it does not know (a filter the hub would
 * silently ignore is worse than a clear 400), and throws a 400 problem naming each field.
 */
export function parseQuery<S extends z.ZodObject>(c: Context, schema: S): z.output<S> {
  const parsed = z.strictObject(schema.shape).safeParse(c.req.query());
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.') || 'query', message: i.message }));
    throw new ProblemError('validationFailed', `The query is not valid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}.`, errors);
  }
  return parsed.data as z.output<S>;
}
