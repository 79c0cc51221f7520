import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenForSyncWake, onSyncWake } from '../../../src/app/sync-wake';

describe('SYNC_WAKE forwarding', () => {
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  it('passes the wake-up and its tag to every subscriber', () => {
    const container = new EventTarget();
    const first = vi.fn();
    const second = vi.fn();
    stops.push(listenForSyncWake(container), onSyncWake(first), onSyncWake(second));

    container.dispatchEvent(new MessageEvent('message', { data: { type: 'SYNC_WAKE', tag: 'outbox' } }));

    expect(first).toHaveBeenCalledWith('outbox');
    expect(second).toHaveBeenCalledWith('outbox');
  });

  it('ignores other messages', () => {
    const container = new EventTarget();
    const listener = vi.fn();
    stops.push(listenForSyncWake(container), onSyncWake(listener));

    container.dispatchEvent(new MessageEvent('message', { data: { type: 'SKIP_WAITING' } }));
    container.dispatchEvent(new MessageEvent('message', { data: 'SYNC_WAKE' }));
    container.dispatchEvent(new MessageEvent('message', { data: null }));

    expect(listener).not.toHaveBeenCalled();
  });

  it('stops calling a subscriber that unsubscribed', () => {
    const container = new EventTarget();
    const listener = vi.fn();
    stops.push(listenForSyncWake(container));
    onSyncWake(listener)();

    container.dispatchEvent(new MessageEvent('message', { data: { type: 'SYNC_WAKE', tag: 'outbox' } }));

    expect(listener).not.toHaveBeenCalled();
  });
});
