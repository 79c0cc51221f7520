import type { ComponentChildren } from 'preact';
import { type ControlAttributes, LabelledField } from './FormGroup';

export type TextInputProps = {
  name: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
  value: string;
  onInput: (value: string) => void;
  onBlur?: () => void;
  type?: 'text' | 'email' | 'date' | 'password';
  inputMode?: 'text' | 'numeric' | 'decimal';
  autoComplete?: string;
  width?: 'full' | '5' | '10' | 'code';
  list?: string;
  maxLength?: number;
  /** Content after the input, e.g. a "make one for me" button. */
  action?: ComponentChildren;
  prefix?: string;
  spellcheck?: boolean;
};

export function TextInput(props: TextInputProps) {
  const width = props.width && props.width !== 'full' ? ` app-input--${props.width === 'code' ? 'code' : `width-${props.width}`}` : '';
  const control = (tied: ControlAttributes) => {
    const input = (
      <input
        {...tied}
        class={`app-input${width}${props.error ? ' app-input--error' : ''}`}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete ?? 'off'}
        spellcheck={props.spellcheck ?? false}
        list={props.list}
        maxLength={props.maxLength}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
        onBlur={props.onBlur}
      />
    );
    const withPrefix = props.prefix ? (
      <div class="app-input-prefix">
        <span class="app-input-prefix__text" aria-hidden="true">
          {props.prefix}
        </span>
        {input}
      </div>
    ) : (
      input
    );
    return props.action ? (
      <div class="app-input-with-action">
        {withPrefix}
        {props.action}
      </div>
    ) : (
      withPrefix
    );
  };
  return <LabelledField {...props} control={control} />;
}
