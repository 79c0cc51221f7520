import type { Form } from '../../state/form';
import { showNotice } from '../../state/notice';
import { saveAsCurrentPerson } from '../../state/recording';
import { navigate } from '../../state/router';
import { RecordInvalidError, StoreError } from '../../store/errors';
import type { RecordInput } from '../../store/saveRecord';

export type SubmitOptions<V> = {
  /** The record being edited; undefined for a new one. */
  id?: string;
  /** "Contact", "Outcome"… for "Contact saved". */
  noun: string;
  /** Where "Save" goes afterwards (the list). */
  listPath: string;
  /** Stay in the form for the next one, keeping what these answers share with it. */
  addAnother?: { keep: (values: V) => V; focusId: string };
};

/**
 * Saves the form's record as the unlocked person. A problem keeps every answer on screen and
 * shows in the error summary: the form's own, the store's (by field), a full disk or a sealed
 * quarter (for the whole form). Resolves to whether it saved.
 */
export async function submitRecord<V extends Record<string, unknown>>(form: Form<V, RecordInput>, options: SubmitOptions<V>): Promise<boolean> {
  const data = form.submit();
  if (!data) return false;
  try {
    await saveAsCurrentPerson(options.id ? { ...data, id: options.id } : data);
  } catch (error) {
    if (error instanceof RecordInvalidError) {
      form.setExternalErrors(Object.fromEntries(error.issues.map((i) => [i.path, i.message])));
    } else if (error instanceof StoreError) {
      form.setExternalErrors({ '': error.message });
    } else {
      console.error('Saving a record failed', error);
      form.setExternalErrors({ '': 'The record could not be saved. Your answers are still here: try again.' });
    }
    return false;
  }
  const message = `${options.noun} ${options.id ? 'updated' : 'saved'}`;
  if (options.addAnother) {
    form.reset(options.addAnother.keep(form.values.value));
    showNotice({ message });
    document.getElementById(options.addAnother.focusId)?.focus();
  } else {
    form.reset(form.values.value); // saved: nothing unsaved any more
    showNotice({ message, path: options.listPath });
    navigate(options.listPath);
  }
  return true;
}
