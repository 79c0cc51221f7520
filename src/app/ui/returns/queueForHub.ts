import type { FieldErrors, Form } from '../../state/form';
import { showNotice } from '../../state/notice';
import { navigate } from '../../state/router';
import { RecordInvalidError, StoreError } from '../../store/errors';

/**
 * Submits a manager's form whose answer waits in the outbox for the hub (an answer to a query, a
 * request for more time): on success, back to the return with a notice saying it goes with the
 * next sync; on a problem, every answer stays and the problem shows on the form. Resolves to
 * whether it was queued; `refused` is told when it was not, to show the error summary.
 */
export async function queueForHub<V extends Record<string, unknown>, Out>(
  form: Form<V, Out>,
  options: { queue: (values: Out) => Promise<unknown>; what: string; back: string; errorField?: string; refused: () => void },
): Promise<boolean> {
  const values = form.submit();
  if (!values) {
    options.refused();
    return false;
  }
  try {
    await options.queue(values);
  } catch (error) {
    form.setExternalErrors(errorsOf(error, options.errorField));
    options.refused();
    return false;
  }
  form.reset();
  showNotice({ message: `${options.what} saved — it will be sent to the hub with the next sync`, path: options.back });
  navigate(options.back);
  return true;
}

/** The store's problems, by field; with `onto`, all on that one field. */
function errorsOf(error: unknown, onto?: string): FieldErrors {
  if (error instanceof RecordInvalidError) {
    return onto ? { [onto]: error.issues[0]?.message ?? error.message } : Object.fromEntries(error.issues.map((i) => [i.path || '', i.message]));
  }
  const message = error instanceof StoreError ? error.message : String(error);
  return { [onto ?? '']: message };
}
