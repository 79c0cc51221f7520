import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface Listening {
  port: number;
  /** Stops accepting connections, lets requests in flight finish, then resolves. */
  close(): Promise<void>;
}

/** How long requests in flight may take to finish once closing has begun. */
const DRAIN_MS = 10_000;

/** Serves `app` over HTTP on host:port (port 0 = any free port) once the socket is listening. */
export function listen(app: Hono, options: { port: number; host: string }): Promise<Listening> {
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }) as Server;
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? 'the port is already in use (set PORT to another)' : error.message;
      reject(new Error(`Could not listen on ${options.host}:${options.port}: ${why}`, { cause: error }));
    });
    server.once('listening', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({ port, close: () => closeGracefully(server) });
    });
  });
}

function closeGracefully(server: Server): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    // close() refuses new connections and waits for open ones to end. Node closes the idle
    // keep-alive connections only once, at the call; a busy connection becomes idle when its
    // response is sent and would then linger until the keep-alive timeout, so sweep idle ones
    // until all are gone. A request still stuck after DRAIN_MS is cut off.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const deadline = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
    sweep.unref();
    deadline.unref();
    server.close((error) => {
      clearInterval(sweep);
      clearTimeout(deadline);
      if (error && (error as NodeJS.ErrnoException).code !== 'ERR_SERVER_NOT_RUNNING') reject(error);
      else resolvePromise();
    });
    server.closeIdleConnections();
  });
}
