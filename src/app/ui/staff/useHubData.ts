import { useCallback, useEffect, useState } from 'preact/hooks';
import { HubApiError, offlineError, type HubClient } from '../../hub-api';
import { hubClient } from '../../state/hubSession';

export type HubData<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'error'; error: HubApiError };

export type HubDataHandle<T> = {
  result: HubData<T>;
  /** Asks the hub again (after "Try again", or after a change elsewhere). */
  reload: () => void;
  /** Shows an answer the page already has, e.g. the return as a write sent it back. */
  replace: (data: T) => void;
};

/** Something the hub pages read from the staff API, loaded when `key` changes. */
export function useHubData<T>(load: (client: HubClient) => Promise<T>, key: string): HubDataHandle<T> {
  const [result, setResult] = useState<HubData<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    load(hubClient).then(
      (data) => current && setResult({ state: 'ready', data }),
      (error: unknown) => current && setResult({ state: 'error', error: asHubError(error) }),
    );
    return () => {
      current = false;
    };
  }, [key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  const replace = useCallback((data: T) => setResult({ state: 'ready', data }), []);
  return { result, reload, replace };
}

export function asHubError(error: unknown): HubApiError {
  if (error instanceof HubApiError) return error;
  if (error instanceof TypeError) return offlineError();
  return new HubApiError('hub', error instanceof Error ? error.message : 'Something went wrong.', 0);
}
