import type { Person, SubContract } from '../../../core/schemas';
import { useRef, useState } from 'preact/hooks';
import { NO_FILTERS, type RecordFilters } from '../../state/recordFilters';
import { Select } from '../components/Select';
import { DateFilter } from './DateFilter';

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
  // Open at first when filters are on; after that only the person opens or closes it.
  const [openAtFirst] = useState(active);
  // "Clear filters" also empties a date still half typed, which is not a filter yet.
  const [cleared, setCleared] = useState(0);
  // The button goes with the filters, so focus goes back to the summary rather than being lost.
  const summary = useRef<HTMLElement>(null);
  return (
    <details class="app-details" open={openAtFirst}>
      <summary class="app-details__summary" ref={summary}>
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
            <DateFilter key={`from-${cleared}`} name="filter-from" legend="From" value={f.from} onChange={(x) => set({ from: x })} />
            <DateFilter key={`to-${cleared}`} name="filter-to" legend="To" value={f.to} onChange={(x) => set({ to: x })} />
          </>
        )}
        {active && (
          <div class="app-filters__clear">
            <button type="button" class="app-link-button" onClick={() => {
                setCleared((n) => n + 1);
                onChange(NO_FILTERS);
                summary.current?.focus();
              }}>
              Clear filters
            </button>
          </div>
        )}
      </section>
    </details>
  );
}
