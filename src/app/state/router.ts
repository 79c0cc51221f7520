import { signal } from '@preact/signals';

/**
 * A tiny path router: the current path is a signal; links inside the app are followed with the
 * History API instead of a page load. Paths, not hashes, so "#main-content" stays a plain
 * in-page link and every address also works as a fresh load (the service worker and the hub
 * both answer any navigation with index.html).
 */
export const currentPath = signal(typeof location === 'undefined' ? '/' : location.pathname);

/** Goes to `path` (same origin) without reloading. */
export function navigate(path: string, { replace = false }: { replace?: boolean } = {}): void {
  const url = new URL(path, location.href);
  if (url.origin !== location.origin) throw new Error(`navigate() only goes to pages of this app, not ${path}`);
  const target = url.pathname + url.search + url.hash;
  if (replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  currentPath.value = url.pathname;
}

/** Matches "/returns/:id" against "/returns/42" → { id: '42' }; null when it does not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const value = got[i] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(value);
    else if (part !== value) return null;
  }
  return params;
}

/** Follows the back button and same-origin link clicks. Returns a function that stops. */
export function startRouter(): () => void {
  const onPopState = () => {
    currentPath.value = location.pathname;
  };
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    // An in-page link (e.g. the skip link) keeps its normal behaviour.
    if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  };
  window.addEventListener('popstate', onPopState);
  document.addEventListener('click', onClick);
  return () => {
    window.removeEventListener('popstate', onPopState);
    document.removeEventListener('click', onClick);
  };
}
