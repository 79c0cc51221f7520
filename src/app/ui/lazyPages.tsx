import { signal } from '@preact/signals';
import type { FunctionComponent } from 'preact';
import type { RouteProps } from './routes';

/** The names of a module's exports that are screens. */
export type PageName<M> = { [K in keyof M]: M[K] extends FunctionComponent<RouteProps> ? K : never }[keyof M];

/**
 * Screens kept out of the app's start-up: `load` (a dynamic `import()`) is called on first use
 * of any of them, so its module and whatever only it needs become a chunk of their own, and the
 * first screens (start, enrol, who is using, the record forms) open sooner on a slow tablet. The
 * service worker precaches every chunk, so they open offline too. Returns a function that makes
 * the route view for one exported screen; until the module arrives that view says it is loading,
 * and if loading fails it says so with a way to try again.
 */
export function lazyPages<M>(load: () => Promise<M>): (name: PageName<M>) => FunctionComponent<RouteProps> {
  const module = signal<M | null>(null);
  const failed = signal(false);
  let loading: Promise<void> | undefined;

  const start = () => {
    loading ??= load().then(
      (loaded) => {
        module.value = loaded;
      },
      () => {
        loading = undefined;
        failed.value = true;
      },
    );
  };

  return (name) => {
    const LazyPage: FunctionComponent<RouteProps> = (props) => {
      const loaded = module.value;
      if (loaded) {
        const View = loaded[name] as FunctionComponent<RouteProps>;
        return <View {...props} />;
      }
      if (failed.value) {
        return (
          <div role="alert">
            <h1 class="app-heading-l">Sorry, this page could not be loaded</h1>
            <p>Try again. If it still does not load, check your internet connection or reload the app: nothing you have recorded is lost.</p>
            <button
              type="button"
              class="app-button"
              onClick={() => {
                failed.value = false;
                start();
              }}
            >
              Try again
            </button>
          </div>
        );
      }
      start();
      return (
        <p role="status">
          Loading…
        </p>
      );
    };
    LazyPage.displayName = `Lazy(${String(name)})`;
    return LazyPage;
  };
}
