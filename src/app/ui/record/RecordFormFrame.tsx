import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Form } from '../../state/form';
import type { RecordInput } from '../../store/saveRecord';
import { ErrorSummary } from '../components/ErrorSummary';
import { NoticeBanner } from '../components/NoticeBanner';
import { submitRecord, type SubmitOptions } from './submitRecord';
import { CheckedForm } from '../components/CheckedForm';

/**
 * The frame every record form shares: heading, error summary, the fields, and one tap to save —
 * "Save" (back to the list) or, for a new record, "Save and add another" (stay, keep the date
 * and sub-contract, focus the first answer that changes).
 */
export function RecordFormFrame<V extends Record<string, unknown>>(props: {
  form: Form<V, RecordInput>;
  heading: string;
  caption: string;
  submit: Omit<SubmitOptions<V>, 'addAnother'>;
  addAnother?: SubmitOptions<V>['addAnother'];
  saveLabel: string;
  children: ComponentChildren;
}) {
  const { form } = props;
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const run = async (addAnother: boolean) => {
    if (saving) return;
    setSaving(true);
    try {
      const saved = await submitRecord(form, { ...props.submit, ...(addAnother && props.addAnother ? { addAnother: props.addAnother } : {}) });
      if (!saved) setAttempt((n) => n + 1);
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <NoticeBanner />
      <ErrorSummary items={form.summary.value} attempt={attempt} />
      <span class="app-caption">{props.caption}</span>
      <h1 class="app-heading-l">{props.heading}</h1>
      <CheckedForm onSubmit={() => run(false)}>
        {props.children}
        <div class="app-button-group">
          <button type="submit" class="app-button" data-testid="save">
            {props.saveLabel}
          </button>
          {props.addAnother && (
            <button type="button" class="app-button app-button--secondary" data-testid="save-and-add-another" onClick={() => void run(true)}>
              Save and add another
            </button>
          )}
          <a href={props.submit.listPath}>Cancel</a>
        </div>
      </CheckedForm>
    </>
  );
}
