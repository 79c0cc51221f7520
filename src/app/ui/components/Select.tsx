import type { ComponentChildren } from 'preact';
import { fieldId } from '../../state/form';
import { ErrorMessage, FormGroup, Hint, describedBy } from './FormGroup';

export type Option = { value: string; label: string };

export function Select(props: {
  name: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
  value: string;
  options: Option[];
  /** The first, empty choice ("Choose…"); leave out when a value is always chosen. */
  placeholder?: string;
  onChange: (value: string) => void;
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
      <select
        class={`app-select${props.error ? ' app-select--error' : ''}`}
        id={id}
        name={props.name}
        value={props.value}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? true : undefined}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
        onBlur={props.onBlur}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
