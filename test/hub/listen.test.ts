import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { listen } from '../../src/hub/listen';

describe('listen', () => {
  it('on close, refuses new connections but lets a request in flight finish', async () => {
    let entered!: () => void;
    const handlerEntered = new Promise<void>((resolve) => (entered = resolve));
    let finish!: () => void;
    const allowedToFinish = new Promise<void>((resolve) => (finish = resolve));
    const app = new Hono().get('/slow', async (c) => {
      entered();
      await allowedToFinish;
      return c.text('finished');
    });

    const server = await listen(app, { port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${server.port}`;
    const inFlight = fetch(`${url}/slow`);
    await handlerEntered;

    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await expect(fetch(`${url}/slow`)).rejects.toThrow();
    expect(closed).toBe(false);

    finish();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('finished');
    await closing;
    expect(closed).toBe(true);
  });

  it('says clearly when the port is taken', async () => {
    const first = await listen(new Hono(), { port: 0, host: '127.0.0.1' });
    try {
      await expect(listen(new Hono(), { port: first.port, host: '127.0.0.1' })).rejects.toThrow(
        `Could not listen on 127.0.0.1:${first.port}: the port is already in use (set PORT to another)`,
      );
    } finally {
      await first.close();
    }
  });
});
