import { signal } from '@preact/signals';
import type { FunctionComponent } from 'preact';
import type { RouteProps } from '../routes';

type HubPages = typeof import('./hubPages');
export type HubPageName = { [K in keyof HubPages]: HubPages[K] extends FunctionComponent<RouteProps> ? K : never }[keyof HubPages];

const pages = signal<HubPages | null>(null);
const failed = signal(false);
let loading: Promise<void> | undefined;

function load(): void {
  loading ??= import('./hubPages').then(
    (module) => {
      pages.value = module;
    },
    () => {
      loading = undefined;
      failed.value = true;
    },
  );
}

/**
 * A hub staff page, loaded in its own chunk on first use: tablets never need the hub pages, so
 * they stay out of the member app's start-up (the service worker still precaches the chunk).
 */
export function lazyHubPage(name: HubPageName): FunctionComponent<RouteProps> {
  const HubPage: FunctionComponent<RouteProps> = (props) => {
    const loaded = pages.value;
    if (loaded) {
      const View = loaded[name] as FunctionComponent<RouteProps>;
      return <View {...props} />;
    }
    if (failed.value) {
      return (
        <div role="alert">
          <h1 class="app-heading-l">Sorry, the hub pages could not be loaded</h1>
          <p>Check your internet connection, then try again.</p>
          <button
            type="button"
            class="app-button"
            onClick={() => {
              failed.value = false;
              load();
            }}
          >
            Try again
          </button>
        </div>
      );
    }
    load();
    return (
      <p role="status" class="app-hub-loading">
        Loading…
      </p>
    );
  };
  HubPage.displayName = `Lazy(${name})`;
  return HubPage;
}
