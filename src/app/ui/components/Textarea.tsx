import type { ComponentChildren } from 'preact';
import { fieldId } from '../../state/form';
import { ErrorMessage, FormGroup, Hint, describedBy } from './FormGroup';

export function Textarea(props: {
  name: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
  value: string;
  rows?: number;
  onInput: (value: string) => void;
  onBlur?: () => void;
}) {
  const id = fieldId(props.name);
  return (
    <FormGroup error={props.error}>
      <label class="app-label" for={id}>
        {props.label}
      </label>
      <Hint id={id}>{props.hint}</Hint>
      <ErrorMessage id={id} error={props.error} />
      <textarea
        class={`app-textarea${props.error ? ' app-textarea--error' : ''}`}
        id={id}
        name={props.name}
        rows={props.rows ?? 3}
        value={props.value}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? true : undefined}
        onInput={(e) => props.onInput((e.currentTarget as HTMLTextAreaElement).value)}
        onBlur={props.onBlur}
      />
    </FormGroup>
  );
}
