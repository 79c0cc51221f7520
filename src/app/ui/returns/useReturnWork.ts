import { useEffect, useMemo } from 'preact/hooks';
import { openReturnWork, type ReturnWork } from '../../state/returnsWork';

/** The work on one return for the life of the screen (records followed while it is shown). */
export function useReturnWork(subContractId: string, quarter: string): ReturnWork {
  const work = useMemo(() => openReturnWork(subContractId, quarter), [subContractId, quarter]);
  useEffect(() => () => work.stop(), [work]);
  return work;
}

/** After a page change to "…#field-x", moves to that field as an in-page link would. */
export function useFocusHash(ready: boolean): void {
  useEffect(() => {
    if (!ready || !location.hash) return;
    // After the router has moved focus to the page's main content (its effect runs after ours).
    const timer = setTimeout(() => {
      const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (!target) return;
      target.focus();
      target.scrollIntoView({ block: 'center' });
    }, 0);
    return () => clearTimeout(timer);
  }, [ready]);
}
