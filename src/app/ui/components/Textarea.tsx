import type { ComponentChildren } from 'preact';
import { LabelledField } from './FormGroup';

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
  return (
    <LabelledField
      {...props}
      control={(tied) => (
        <textarea
          {...tied}
          class={`app-textarea${props.error ? ' app-textarea--error' : ''}`}
          name={props.name}
          rows={props.rows ?? 3}
          value={props.value}
          onInput={(e) => props.onInput((e.currentTarget as HTMLTextAreaElement).value)}
          onBlur={props.onBlur}
        />
      )}
    />
  );
}
