import type { ComponentChildren } from 'preact';
import { fieldId } from '../../state/form';

/** The ids of a field's hint and error, for aria-describedby. */
export function describedBy(id: string, hint?: ComponentChildren, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

export function Hint({ id, children }: { id: string; children?: ComponentChildren }) {
  if (!children) return null;
  return (
    <div class="app-hint" id={`${id}-hint`}>
      {children}
    </div>
  );
}

/** GOV.UK error message: the "Error:" prefix is for screen readers. */
export function ErrorMessage({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p class="app-error-message" id={`${id}-error`}>
      <span class="app-visually-hidden">Error:</span> {error}
    </p>
  );
}

export function FormGroup({ error, children }: { error?: string; children: ComponentChildren }) {
  return <div class={`app-form-group${error ? ' app-form-group--error' : ''}`}>{children}</div>;
}

/** What a labelled field's control needs to be tied to its label, hint and error. */
export type ControlAttributes = { id: string; 'aria-describedby': string | undefined; 'aria-invalid': true | undefined };

/**
 * One GOV.UK form group around a single control: label, hint, error message, then the control,
 * which `control` draws with the attributes that tie it to them (for screen readers).
 */
export function LabelledField(props: {
  name: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
  control: (attributes: ControlAttributes) => ComponentChildren;
}) {
  const id = fieldId(props.name);
  return (
    <FormGroup error={props.error}>
      <label class="app-label" for={id}>
        {props.label}
      </label>
      <Hint id={id}>{props.hint}</Hint>
      <ErrorMessage id={id} error={props.error} />
      {props.control({ id, 'aria-describedby': describedBy(id, props.hint, props.error), 'aria-invalid': props.error ? true : undefined })}
    </FormGroup>
  );
}
