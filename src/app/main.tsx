import { render } from 'preact';
import { stateLoaded } from './state/appState';
import { watchConnectivity } from './state/connectivity';
import { startRouter } from './state/router';
import { startRecording } from './state/startRecording';
import { appDb } from './store/appDb';
import { getServiceWorkerRegistration, startServiceWorker } from './sw-bridge';
import { App } from './ui/App';
import './ui/styles.css';
import './ui/recording.css';

watchConnectivity();
startRouter();
startRecording();

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element to render into');
render(<App />, root);

// The sync client and the service worker's registration are not needed to record: both are
// their own chunks, started once the first screen has had its turn, so a cheap tablet opens the
// form sooner. Saves wait safely in the outbox meanwhile, and the sync client's start-up sync
// sends them; the service worker already in control serves the app offline before it registers.
afterFirstScreen(() => {
  import('./sync/startSync').then(
    ({ startSync }) => startSync(appDb(), { registration: getServiceWorkerRegistration }),
    (error: unknown) => console.error('The sync client could not be loaded; changes stay on this device until the app is reloaded.', error),
  );
  // Only the built app has a service worker (DESIGN §10: test it against `vite build`, not dev).
  if (import.meta.env.PROD) {
    startServiceWorker().catch((error: unknown) => {
      console.error('The service worker could not be registered, so the app will not work offline.', error);
    });
  }
});

/**
 * Runs `start` once this device's state has been read from the database (the first screen can
 * then be drawn) and the browser is next idle; after a few seconds regardless, so that a database
 * that cannot be read still leaves the service worker registered.
 */
function afterFirstScreen(start: () => void): void {
  let started = false;
  let stopWatching: (() => void) | undefined;
  const go = () => {
    if (started) return;
    started = true;
    queueMicrotask(() => stopWatching?.());
    if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 1000 });
    else setTimeout(start, 100);
  };
  stopWatching = stateLoaded.subscribe((loaded) => loaded && go());
  setTimeout(go, 3000);
}
