import { useEffect, useState } from 'preact/hooks';
import { liveSignal } from '../../state/live';

/**
 * The result of a live query from the state layer, for one component: subscribed while the
 * component is on screen, unsubscribed when it goes (DESIGN §10). `deps` re-run the query.
 */
export function useLive<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const live = liveSignal(query, initial);
    const stop = live.signal.subscribe((v) => setValue(() => v));
    return () => {
      stop();
      live.stop();
    };
  }, deps);
  return value;
}
