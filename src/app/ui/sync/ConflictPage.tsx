import { useState } from 'preact/hooks';
import type { RecordData, ReferenceData } from '../../../core/schemas';
import { reference } from '../../state/appState';
import { showNotice } from '../../state/notice';
import { navigate } from '../../state/router';
import { changeNeedingPerson, settleConflict, type WaitingChange } from '../../state/syncChoices';
import { changeRefusal } from '../../store/changeRefusal';
import { useLive } from '../hooks/useLive';
import { WithPerson } from '../pages/WithPerson';
import type { RouteProps } from '../routes';
import { describeRecord, recordFields } from './recordFields';
import './sync.css';
import { BackLink } from '../components/BackLink';

/** /sync/conflicts/:seq — both versions of a record side by side; the person keeps one. */
export function ConflictPage({ params }: RouteProps) {
  const seq = Number(params.seq);
  // null while loading; undefined once settled (or never there).
  const change = useLive<WaitingChange | undefined | null>(() => changeNeedingPerson(seq), [seq], null);
  return (
    <WithPerson>
      {(ctx) => {
        if (change === null) return <p aria-busy="true">Opening…</p>;
        if (change === undefined || change.entry.status !== 'conflict' || !change.entry.hubCopy) {
          return (
            <>
              <h1 class="app-heading-l">This has been sorted</h1>
              <p>There is nothing to choose here any more.</p>
              <a href="/sync">Back to sync</a>
            </>
          );
        }
        const { entry, record } = change;
        const hub = entry.hubCopy!;
        const mine: RecordData | null = record && record.deleted === 0 ? record : null;
        const theirs = hub.deleted ? null : hub.data;
        const refusal = record ? changeRefusal(ctx.person, mine ?? record, record) : null;
        return (
          <>
            <BackLink href="/sync">Back</BackLink>
            <h1 class="app-heading-l">Choose which version to keep</h1>
            <p>
              {describeRecord(mine ?? theirs ?? record, reference.value)} was changed on this device and somewhere else
              before this device could send its change.
            </p>
            <Compare mine={mine} theirs={theirs} reference={reference.value} />
            {refusal ? (
              <div class="app-inset-text">{refusal} You can keep the hub’s version, or ask someone who can change this record.</div>
            ) : null}
            <Choices seq={entry.seq} canKeepMine={!refusal} />
          </>
        );
      }}
    </WithPerson>
  );
}

function Compare({ mine, theirs, reference }: { mine: RecordData | null; theirs: RecordData | null; reference: ReferenceData | null | undefined }) {
  const left = mine ? recordFields(mine, reference) : [];
  const right = theirs ? recordFields(theirs, reference) : [];
  const labels = [...new Set([...left.map(([k]) => k), ...right.map(([k]) => k)])];
  const value = (rows: [string, string][], present: boolean, label: string) =>
    present ? (rows.find(([k]) => k === label)?.[1] ?? '—') : 'Deleted';
  return (
    <table class="app-table app-sync-compare" data-testid="conflict-compare">
      <caption class="app-table__caption">The two versions</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">Yours (on this device)</th>
          <th scope="col">The hub’s</th>
        </tr>
      </thead>
      <tbody>
        {labels.map((label) => {
          const a = value(left, mine !== null, label);
          const b = value(right, theirs !== null, label);
          const different = a !== b;
          return (
            <tr key={label} class={different ? 'app-sync-compare__different' : undefined}>
              <th scope="row">
                {label}
                {different && <span class="app-visually-hidden"> (different)</span>}
              </th>
              <td>{a}</td>
              <td>{b}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Choices({ seq, canKeepMine }: { seq: number; canKeepMine: boolean }) {
  const [busy, setBusy] = useState(false);
  const choose = async (choice: 'mine' | 'hub') => {
    setBusy(true);
    try {
      await settleConflict(seq, choice);
    } finally {
      setBusy(false);
    }
    const message = choice === 'mine' ? 'Your version will be sent to the hub' : 'This device now has the hub’s version';
    showNotice({ message, path: '/sync' });
    navigate('/sync');
  };
  return (
    <div class="app-button-group">
      {canKeepMine && (
        <button type="button" class="app-button" disabled={busy} onClick={() => choose('mine')}>
          Keep mine
        </button>
      )}
      <button type="button" class="app-button app-button--secondary" disabled={busy} onClick={() => choose('hub')}>
        Keep the hub’s
      </button>
    </div>
  );
}
