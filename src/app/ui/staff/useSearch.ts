import { useEffect, useState } from 'preact/hooks';

/**
 * The page address's query (?from=…&to=…) as state. The router follows paths only, so a page
 * that keeps choices in the query updates it here, and follows the back button itself.
 */
export function useSearch(): [URLSearchParams, (next: Record<string, string | undefined>) => string] {
  const [search, setSearch] = useState(() => location.search);
  useEffect(() => {
    const onPopState = () => setSearch(location.search);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const go = (next: Record<string, string | undefined>): string => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) params.set(key, value);
    const query = params.toString();
    const target = `${location.pathname}${query ? `?${query}` : ''}`;
    history.pushState(null, '', target);
    setSearch(location.search);
    return target;
  };
  return [new URLSearchParams(search), go];
}
