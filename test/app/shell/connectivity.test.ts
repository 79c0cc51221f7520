import { afterEach, describe, expect, it } from 'vitest';
import { isOnline, watchConnectivity } from '../../../src/app/state/connectivity';

function fakeWindow(onLine: boolean) {
  const target = new EventTarget();
  return Object.assign(target, { navigator: { onLine } });
}

describe('watchConnectivity', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('starts from what the browser reports', () => {
    stop = watchConnectivity(fakeWindow(false));
    expect(isOnline.value).toBe(false);
  });

  it('follows online and offline events', () => {
    const win = fakeWindow(true);
    stop = watchConnectivity(win);
    expect(isOnline.value).toBe(true);

    win.navigator.onLine = false;
    win.dispatchEvent(new Event('offline'));
    expect(isOnline.value).toBe(false);

    win.navigator.onLine = true;
    win.dispatchEvent(new Event('online'));
    expect(isOnline.value).toBe(true);
  });

  it('stops following once stopped', () => {
    const win = fakeWindow(true);
    watchConnectivity(win)();
    win.navigator.onLine = false;
    win.dispatchEvent(new Event('offline'));
    expect(isOnline.value).toBe(true);
  });
});
