import { render } from 'preact';
import { watchConnectivity } from './state/connectivity';
import { startRouter } from './state/router';
import { startRecording } from './state/startRecording';
import { appDb } from './store/appDb';
import { startSync } from './sync/startSync';
import { getServiceWorkerRegistration, startServiceWorker } from './sw-bridge';
import { App } from './ui/App';
import './ui/styles.css';
import './ui/recording.css';

watchConnectivity();
startRouter();
startRecording();
startSync(appDb(), { registration: getServiceWorkerRegistration });

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element to render into');
render(<App />, root);

// Only the built app has a service worker (DESIGN §10: test it against `vite build`, not dev).
if (import.meta.env.PROD) {
  startServiceWorker().catch((error: unknown) => {
    console.error('The service worker could not be registered, so the app will not work offline.', error);
  });
}
