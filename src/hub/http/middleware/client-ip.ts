import type { Context } from 'hono';

/**
 * The address the request came from, for rate limits: the socket's peer under
 * @hono/node-server; tests using app.request pass `{ incoming: { socket: { remoteAddress } } }`
 * as the env. Forwarded headers are not trusted, since any client can write them.
 */
export function clientIp(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
