import type { ComponentChildren } from 'preact';
import type { HubData } from '../useHubData';

/**
 * Shows `children(data)` once loaded; meanwhile a status line, and on failure the hub's own
 * reason with "Try again". The heading stays the page's, so people know where they are.
 */
export function Loaded<T>({
  data,
  retry,
  what,
  children,
}: {
  data: HubData<T>;
  retry: () => void;
  /** e.g. "the members" → "Loading the members…" */
  what: string;
  children: (data: T) => ComponentChildren;
}) {
  if (data.state === 'loading') {
    return (
      <p role="status" class="app-hub-loading">
        Loading {what}…
      </p>
    );
  }
  if (data.state === 'error') {
    return (
      <div class="app-hub-problem" role="alert" data-testid="hub-load-problem">
        <h2 class="app-heading-m">Sorry, {what} could not be loaded</h2>
        <p>{data.error.message}</p>
        <button type="button" class="app-button app-button--secondary" onClick={retry}>
          Try again
        </button>
      </div>
    );
  }
  return <>{children(data.data)}</>;
}
