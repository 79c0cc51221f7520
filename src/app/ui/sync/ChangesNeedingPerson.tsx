import { useState } from 'preact/hooks';
import { reference } from '../../state/appState';
import { showNotice } from '../../state/notice';
import { changesNeedingPerson, giveUpChange, sendChangeAgain, type WaitingChange } from '../../state/syncChoices';
import { useLive } from '../hooks/useLive';
import { describeChange, describeRecord } from './recordFields';

/** The two lists of changes waiting for a person: refused by the hub, and in conflict. */
export function ChangesNeedingPerson() {
  const waiting = useLive(changesNeedingPerson, [], [] as WaitingChange[]);
  const refused = waiting.filter((w) => w.entry.status === 'quarantined');
  const conflicts = waiting.filter((w) => w.entry.status === 'conflict');
  return (
    <>
      {conflicts.length > 0 && (
        <>
          <h2 class="app-heading-m">Records changed in two places</h2>
          <p>These records were changed on this device and somewhere else. Choose which version to keep.</p>
          <ul class="app-sync-changes" data-testid="sync-conflicts">
            {conflicts.map(({ entry, record }) => (
              <li key={entry.seq}>
                <p class="app-sync-changes__title">{describeRecord(record, reference.value)}</p>
                <a href={`/sync/conflicts/${entry.seq}`}>
                  Choose which version to keep<span class="app-visually-hidden">: {describeRecord(record, reference.value)}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {refused.length > 0 && (
        <>
          <h2 class="app-heading-m">Changes the hub could not accept</h2>
          <p>The rest of your work is still being sent. Fix these and they will be sent too.</p>
          <ul class="app-sync-changes" data-testid="sync-refused">
            {refused.map((change) => (
              <RefusedChange key={change.entry.seq} change={change} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function RefusedChange({ change }: { change: WaitingChange }) {
  const { entry, record } = change;
  const [busy, setBusy] = useState(false);
  const title = describeChange(entry.change, record, reference.value);
  const isRecord = entry.change.entity === 'record';
  const act = async (run: () => Promise<void>, message: string) => {
    setBusy(true);
    try {
      await run();
      showNotice({ message });
    } finally {
      setBusy(false);
    }
  };
  const fixable = isRecord && record && record.deleted === 0;
  return (
    <li>
      <p class="app-sync-changes__title">{title}</p>
      <ul class="app-list app-list--bullet">
        {entry.findings.map((f) => (
          <li key={`${f.ruleId}-${f.path}`}>{f.message}</li>
        ))}
      </ul>
      <div class="app-button-group">
        {fixable && (
          <a href={`/records/${record.id}/edit`} class="app-button app-sync-button-link">
            Change the record<span class="app-visually-hidden">: {title}</span>
          </a>
        )}
        <button type="button" class="app-button app-button--secondary" disabled={busy} onClick={() => act(() => sendChangeAgain(entry.seq), 'The change will be sent again')}>
          Send again<span class="app-visually-hidden">: {title}</span>
        </button>
        {isRecord && (
          <button
            type="button"
            class="app-button app-button--warning"
            disabled={busy}
            onClick={() => act(() => giveUpChange(entry.seq), 'The change was removed from this device')}
          >
            Remove this change<span class="app-visually-hidden">: {title}</span>
          </button>
        )}
      </div>
    </li>
  );
}
