import type { Person, SubContract } from '../../../core/schemas';
import type { RecordFilters } from '../../state/recordFilters';
import { Select } from '../components/Select';
import { TextInput } from '../components/TextInput';

/** Filters for a list: sub-contract (when there are several), person, and dates. Applied as chosen. */
export function RecordFilterBar(props: {
  filters: RecordFilters;
  subContracts: SubContract[];
  people: Person[];
  personLabel: string;
  dated: boolean;
  onChange: (next: RecordFilters) => void;
}) {
  const { filters: f, onChange } = props;
  const set = (patch: Partial<RecordFilters>) => onChange({ ...f, ...patch });
  const active = Object.values(f).some((v) => v !== '');
  return (
    <details class="app-details" open={active}>
      <summary class="app-details__summary">
        <span class="app-details__summary-text">{active ? 'Filters (on)' : 'Filter the records'}</span>
      </summary>
      <section class="app-filters" aria-label="Filter the records">
        {props.subContracts.length > 0 && (
          <Select
            name="filter-sub-contract"
            label="Sub-contract"
            placeholder="All"
            value={f.subContractId}
            options={props.subContracts.map((s) => ({ value: s.id, label: s.name }))}
            onChange={(x) => set({ subContractId: x })}
          />
        )}
        {props.people.length > 0 && (
          <Select
            name="filter-person"
            label={props.personLabel}
            placeholder="Anyone"
            value={f.personId}
            options={props.people.map((p) => ({ value: p.id, label: p.displayName }))}
            onChange={(x) => set({ personId: x })}
          />
        )}
        {props.dated && (
          <>
            <TextInput name="filter-from" type="date" label="From" value={f.from} onInput={(x) => set({ from: x })} />
            <TextInput name="filter-to" type="date" label="To" value={f.to} onInput={(x) => set({ to: x })} />
          </>
        )}
        {active && (
          <div class="app-filters__clear">
            <button type="button" class="app-link-button" onClick={() => onChange({ subContractId: '', personId: '', from: '', to: '' })}>
              Clear filters
            </button>
          </div>
        )}
      </section>
    </details>
  );
}
