import type { ComponentChildren } from 'preact';
import { fieldId } from '../../state/form';
import { ErrorMessage, FormGroup, Hint, describedBy } from './FormGroup';

export type RadioOption = { value: string; label: string; hint?: string; conditional?: ComponentChildren };

/**
 * GOV.UK radios in a fieldset with a legend. The first radio carries the field's id, so the
 * error summary's link lands on it.
 */
export function Radios(props: {
  name: string;
  legend: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
  value: string;
  options: RadioOption[];
  inline?: boolean;
  legendSize?: 'l';
  onChange: (value: string) => void;
  onBlur?: () => void;
}) {
  const id = fieldId(props.name);
  return (
    <FormGroup error={props.error}>
      <fieldset class="app-fieldset" aria-describedby={describedBy(id, props.hint, props.error)}>
        <legend class={`app-fieldset__legend${props.legendSize ? ` app-fieldset__legend--${props.legendSize}` : ''}`}>
          {props.legendSize === 'l' ? <h1 class="app-heading-l">{props.legend}</h1> : props.legend}
        </legend>
        <Hint id={id}>{props.hint}</Hint>
        <ErrorMessage id={id} error={props.error} />
        <div class={`app-radios${props.inline ? ' app-radios--inline' : ''}`}>
          {props.options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${i}`;
            const checked = props.value === o.value;
            return (
              <div key={o.value}>
                <div class="app-radios__item">
                  <input
                    class="app-radios__input"
                    id={optionId}
                    type="radio"
                    name={props.name}
                    value={o.value}
                    checked={checked}
                    aria-describedby={o.hint ? `${optionId}-hint` : undefined}
                    onChange={() => props.onChange(o.value)}
                    onBlur={props.onBlur}
                  />
                  <label class="app-radios__label" for={optionId}>
                    {o.label}
                    {o.hint && (
                      <span class="app-radios__hint" id={`${optionId}-hint`}>
                        {o.hint}
                      </span>
                    )}
                  </label>
                </div>
                {checked && o.conditional && <div class="app-radios__conditional">{o.conditional}</div>}
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}
