import { useState } from 'preact/hooks';
import { LocalDate } from '../../../core/time/localDate';
import { DateInput } from '../components/DateInput';

const usable = (date: string) => date === '' || LocalDate.safeParse(date).success;
/** Day, month and a four-figure year all typed: from here on, a date that is not one is a mistake, not a date half typed. */
const allTyped = (date: string) => /^[^-]{4}-[^-]+-[^-]+$/.test(date);

/**
 * One end of a list's date range, in the GOV.UK date input. The list is filtered by it only while it
 * is a real date: half typed, or one that cannot be a date, it filters nothing, so the list never
 * empties for a typing slip; one that cannot be a date (31 2 2026) says so once all three parts are typed.
 */
export function DateFilter(props: { name: string; legend: string; value: string; onChange: (date: string) => void }) {
  const [typed, setTyped] = useState(props.value);
  // A usable date typed here is the filter's value; if that changed elsewhere ("Clear filters"), show the new one.
  const shown = usable(typed) ? props.value : typed;
  const error = !usable(shown) && allTyped(shown) ? `${props.legend} must be a real date, for example 27 3 2026` : undefined;
  return (
    <DateInput
      name={props.name}
      legend={props.legend}
      value={shown}
      error={error}
      onInput={(date) => {
        setTyped(date);
        props.onChange(usable(date) ? date : '');
      }}
    />
  );
}
