import type { FieldErrors } from '../../state/form';
import { asHubError } from './useHubData';

/**
 * What the hub said, for a form's error summary: its field errors where they name one of the
 * form's fields, and otherwise its plain-English reason as a problem with no one field.
 */
export function formErrorsFrom(error: unknown, fields: readonly string[]): FieldErrors {
  const problem = asHubError(error);
  const errors: FieldErrors = {};
  for (const [path, message] of Object.entries(problem.fieldErrors)) {
    const field = fields.find((f) => path === f || path.startsWith(`${f}.`));
    if (field) errors[field] ??= message;
  }
  return Object.keys(errors).length > 0 ? errors : { '': problem.message };
}
