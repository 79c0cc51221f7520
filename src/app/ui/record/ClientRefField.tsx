import { useEffect, useState } from 'preact/hooks';
import { makeClientRef, mergeRecentClients, recentClientsOnDevice, recentClientsThisQuarter } from '../../state/clients';
import { describeDate } from '../../../core/time';
import type { RecentClient } from '../../store/recentClients';
import { TextInput } from '../components/TextInput';

/**
 * The client ref: type it, pick a recent client (the list under the input), or have the app
 * make a new pseudonymous one. Never a name: the hint says so and the schema refuses spaces.
 */
export function ClientRefField(props: {
  value: string;
  /** Changing a saved record: it is its own "last seen", so say nothing about returning. */
  editing?: boolean;
  error?: string;
  onInput: (value: string, recent: RecentClient | null) => void;
  onMade: (ref: string) => void;
  onBlur: () => void;
}) {
  // Earlier quarters are read once; this quarter's clients follow every save from memory.
  const [earlier, setEarlier] = useState<RecentClient[]>([]);
  useEffect(() => {
    void recentClientsOnDevice().then(setEarlier, () => undefined);
  }, []);
  const recent = mergeRecentClients(recentClientsThisQuarter.value, earlier);
  const [making, setMaking] = useState(false);
  const [makeError, setMakeError] = useState<string | null>(null);
  const known = props.editing ? null : recent.find((c) => c.clientRef.toUpperCase() === props.value.trim().toUpperCase()) ?? null;
  return (
    <>
      <TextInput
        name="clientRef"
        label="Client ref"
        hint={
          <>
            Start typing to pick a recent client, or make a new ref. Do not use the client’s name.
            {known && (
              <>
                <br />
                <strong>Returning client</strong>: last seen {describeDate(known.lastDate)}.
              </>
            )}
          </>
        }
        value={props.value}
        error={makeError ?? props.error}
        list="recent-clients"
        width="10"
        autoComplete="off"
        onInput={(v) => props.onInput(v, recent.find((c) => c.clientRef.toUpperCase() === v.trim().toUpperCase()) ?? null)}
        onBlur={props.onBlur}
        action={
          <button
            type="button"
            class="app-button app-button--secondary"
            disabled={making}
            data-testid="make-client-ref"
            onClick={async () => {
              setMaking(true);
              try {
                setMakeError(null);
                props.onMade(await makeClientRef());
              } catch (e) {
                console.error('Making a client ref failed', e);
                setMakeError(e instanceof Error ? e.message : 'Could not make a client ref');
              } finally {
                setMaking(false);
              }
            }}
          >
            Make a new client ref for me
          </button>
        }
      />
      <datalist id="recent-clients">
        {recent.map((c) => (
          <option key={c.clientRef} value={c.clientRef}>
            {`last seen ${describeDate(c.lastDate)}`}
          </option>
        ))}
      </datalist>
    </>
  );
}
