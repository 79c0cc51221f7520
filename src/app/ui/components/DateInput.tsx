import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { fieldId } from '../../state/form';
import { ErrorMessage, FormGroup, Hint, describedBy } from './FormGroup';

type Parts = { day: string; month: string; year: string };

/**
 * GOV.UK date input: Day, Month and Year boxes in a fieldset. Not the browser's date picker: many
 * people cannot type into it, and it orders the parts by the device's language (a tablet set to
 * US English shows month first). The value in and out is 'YYYY-MM-DD', single digits padded, so
 * the form's schema judges it; a half-typed date stays on screen as typed. The Day box carries
 * the field's id, so the error summary's link lands on it.
 */
export function DateInput(props: {
  name: string;
  legend: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
  value: string;
  onInput: (value: string) => void;
  onBlur?: () => void;
}) {
  const id = fieldId(props.name);
  const [typed, setTyped] = useState<Parts>(() => partsOf(props.value));
  // Typed parts while they still say the form's value; the value itself once it changed elsewhere (a reset, "add another").
  const shown = isoOf(typed) === props.value ? typed : partsOf(props.value);
  const set = (part: keyof Parts, text: string) => {
    const next = { ...shown, [part]: text.trim() };
    setTyped(next);
    props.onInput(isoOf(next));
  };
  const box = (part: keyof Parts, label: string, width: 2 | 4) => {
    const boxId = part === 'day' ? id : `${id}-${part}`;
    return (
      <div class="app-date-input__item">
        <label class="app-label app-date-input__label" for={boxId}>
          {label}
        </label>
        <input
          class={`app-input app-input--width-${width}${props.error ? ' app-input--error' : ''}`}
          id={boxId}
          name={`${props.name}-${part}`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellcheck={false}
          maxLength={width}
          value={shown[part]}
          aria-invalid={props.error ? true : undefined}
          onInput={(e) => set(part, (e.currentTarget as HTMLInputElement).value)}
          onBlur={props.onBlur}
        />
      </div>
    );
  };
  return (
    <FormGroup error={props.error}>
      <fieldset class="app-fieldset" role="group" aria-describedby={describedBy(id, props.hint, props.error)}>
        <legend class="app-fieldset__legend">{props.legend}</legend>
        <Hint id={id}>{props.hint}</Hint>
        <ErrorMessage id={id} error={props.error} />
        <div class="app-date-input">
          {box('day', 'Day', 2)}
          {box('month', 'Month', 2)}
          {box('year', 'Year', 4)}
        </div>
      </fieldset>
    </FormGroup>
  );
}

function partsOf(value: string): Parts {
  if (!value) return { day: '', month: '', year: '' };
  const [year = '', month = '', day = ''] = value.split('-');
  return { day, month, year };
}

function isoOf({ day, month, year }: Parts): string {
  if (!day && !month && !year) return '';
  const pad = (text: string) => (/^\d$/.test(text) ? `0${text}` : text);
  return `${year}-${pad(month)}-${pad(day)}`;
}
