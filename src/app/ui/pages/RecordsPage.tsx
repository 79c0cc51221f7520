import { useMemo, useState } from 'preact/hooks';
import type { RecordType } from '../../../core/schemas';
import { quarterLabel } from '../../../core/time';
import type { FormContext } from '../../state/forms/fields';
import { RECORD_KINDS, isRecordType, kindsFor } from '../../state/kinds';
import { showNotice } from '../../state/notice';
import { NO_FILTERS, listRecords, type RecordFilters } from '../../state/recordFilters';
import { deleteAsCurrentPerson, restoreAsCurrentPerson } from '../../state/recording';
import { sealedReasonFor } from '../../state/sealed';
import { currentQuarter } from '../../state/today';
import { visibleRecords } from '../../state/visibleRecords';
import { StoreError } from '../../store/errors';
import { NoticeBanner } from '../components/NoticeBanner';
import type { RouteProps } from '../routes';
import { RecordFilterBar } from './RecordFilterBar';
import { RecordCard } from './RecordCard';
import { WithPerson } from './WithPerson';

const PAGE = 20;
const COUNT = new Intl.NumberFormat('en-GB');

/** /records/:type — this quarter's records of one kind, with filters, change, delete and undo. */
export function RecordsPage({ params }: RouteProps) {
  return (
    <WithPerson>
      {(ctx) => {
        const kinds = kindsFor(ctx.person.role);
        const wanted = params.type ?? kinds[0]!;
        const type = isRecordType(wanted) && kinds.includes(wanted) ? wanted : kinds[0]!;
        return <RecordsList key={type} ctx={ctx} type={type} kinds={kinds} />;
      }}
    </WithPerson>
  );
}

function RecordsList({ ctx, type, kinds }: { ctx: FormContext; type: RecordType; kinds: RecordType[] }) {
  const [filters, setFilters] = useState<RecordFilters>(NO_FILTERS);
  const [shown, setShown] = useState(PAGE);
  const [problem, setProblem] = useState<string | null>(null);
  const quarter = currentQuarter.value;
  const all = visibleRecords.value;
  // One pass over the quarter's records (thousands), and none when a render changes nothing in them.
  const { ofType, listedPeople, matching, shown: records } = useMemo(() => listRecords(all, type, filters, shown), [all, type, filters, shown]);
  const subs = ctx.reference.subContracts.filter((s) => s.memberId === ctx.memberId);
  const sealedNotes = [...new Set(subs.map((s) => sealedReasonFor(s.id, quarter)).filter((x): x is string => x !== null))];
  const people = ctx.reference.people.filter((p) => listedPeople.has(p.id));
  const volunteer = ctx.person.role === 'volunteer';
  const noun = RECORD_KINDS[type].noun;

  const remove = async (id: string) => {
    setProblem(null);
    try {
      await deleteAsCurrentPerson(id);
      showNotice({
        message: `${noun} deleted`,
        undo: {
          label: 'Undo',
          run: async () => {
            await restoreAsCurrentPerson(id);
            showNotice({ message: `${noun} restored` });
          },
        },
      });
      document.getElementById('main-content')?.focus();
    } catch (error) {
      setProblem(error instanceof StoreError ? error.message : 'The record could not be deleted. Try again.');
    }
  };

  return (
    <>
      <NoticeBanner />
      {problem && (
        <div class="app-error-summary" role="alert" tabIndex={-1}>
          <h2 class="app-error-summary__title">There is a problem</h2>
          <p>{problem}</p>
        </div>
      )}
      <span class="app-caption">{quarterLabel(quarter)}</span>
      <h1 class="app-heading-l">{volunteer ? 'Your volunteer hours' : RECORD_KINDS[type].many}</h1>
      {kinds.length > 1 && (
        <nav aria-label="Kinds of record">
          <ul class="app-tabs">
            {kinds.map((k) => (
              <li key={k}>
                <a class="app-tabs__link" href={`/records/${k}`} aria-current={k === type ? 'page' : undefined}>
                  {RECORD_KINDS[k].many}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {sealedNotes.map((note) => (
        <div class="app-inset-text" key={note}>
          {note}
        </div>
      ))}
      <p>
        <a href={`/record/${type}`} class="app-button app-button--secondary">
          {volunteer ? 'Log hours' : `Record ${RECORD_KINDS[type].one.toLowerCase()}`}
        </a>
      </p>
      {ofType > 0 && (
        <RecordFilterBar
          filters={filters}
          subContracts={subs.length > 1 ? subs : []}
          people={volunteer ? [] : people}
          personLabel={type === 'volunteer-hours' ? 'Volunteer' : 'Recorded by'}
          dated={type !== 'spend'}
          onChange={(next) => {
            setFilters(next);
            setShown(PAGE);
          }}
        />
      )}
      <p aria-live="polite" data-testid="record-count">
        {matching === ofType
          ? `${COUNT.format(matching)} ${matching === 1 ? 'record' : 'records'} this quarter`
          : `${COUNT.format(matching)} of ${COUNT.format(ofType)} records match the filters`}
      </p>
      <ul class="app-record-list">
        {records.map((r) => (
          <RecordCard
            key={r.id}
            record={r}
            reference={ctx.reference}
            showSubContract={subs.length > 1}
            readOnlyReason={sealedReasonFor(r.subContractId, r.quarter)}
            onDelete={() => void remove(r.id)}
          />
        ))}
      </ul>
      {matching > shown && (
        <button type="button" class="app-button app-button--secondary" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, matching - shown)} more
        </button>
      )}
    </>
  );
}
