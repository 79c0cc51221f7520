import { signal } from '@preact/signals';

/**
 * Whether the device has a network connection, as the browser reports it. It can say "online"
 * while the hub is unreachable; the sync client reports that separately.
 */
export const isOnline = signal(true);

type ConnectivitySource = Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & {
  navigator: { onLine: boolean };
};

/** Keeps `isOnline` in step with the browser. Returns a function that stops watching. */
export function watchConnectivity(source: ConnectivitySource = window): () => void {
  const update = () => {
    isOnline.value = source.navigator.onLine;
  };
  update();
  source.addEventListener('online', update);
  source.addEventListener('offline', update);
  return () => {
    source.removeEventListener('online', update);
    source.removeEventListener('offline', update);
  };
}
