import type { ComponentChildren } from 'preact';
import { LabelledField } from './FormGroup';

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
  return (
    <LabelledField
      {...props}
      control={(tied) => (
        <select
          {...tied}
          class={`app-select${props.error ? ' app-select--error' : ''}`}
          name={props.name}
          value={props.value}
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
      )}
    />
  );
}
