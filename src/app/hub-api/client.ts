import type { z } from 'zod';
import { CSRF_HEADER } from '../../core/hub-api';
import { offlineError, problemFrom, unreadableAnswer } from './problem';

export type HubClientOptions = {
  /** The hub's address; the page's own origin by default. */
  baseUrl?: string;
  fetch?: typeof fetch;
};

/**
 * The hub staff API over fetch. The session is an HttpOnly cookie the browser sends by itself;
 * the CSRF token from sign-in (or GET /api/auth/me) is kept here and sent with every change.
 * Every answer is checked with the core's zod schema; every failure is a HubApiError.
 */
export type HubClient = {
  get<T>(path: string, schema: z.ZodType<T>): Promise<T>;
  /** POST (or another changing method) with a JSON body, answered with JSON. */
  send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, schema: z.ZodType<T>, body?: unknown): Promise<T>;
  /** The same, answered with "204 No Content". */
  sendNoContent(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<void>;
  setCsrfToken(token: string | null): void;
  /** Called with every "sign in again" failure (the session ended while a page was open). */
  onSignInRequired(listener: () => void): () => void;
};

export function createHubClient(options: HubClientOptions = {}): HubClient {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  let csrfToken: string | null = null;
  const listeners = new Set<() => void>();

  async function call(method: string, path: string, body: unknown): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        cache: 'no-store',
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      throw offlineError();
    }
    if (!response.ok) {
      const error = await problemFrom(response);
      if (error.kind === 'sign-in-required') for (const listener of listeners) listener();
      throw error;
    }
    return response;
  }

  async function parse<T>(response: Response, schema: z.ZodType<T>): Promise<T> {
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw unreadableAnswer(response.status);
    return parsed.data;
  }

  return {
    get: async (path, schema) => parse(await call('GET', path, undefined), schema),
    send: async (method, path, schema, body) => parse(await call(method, path, body), schema),
    sendNoContent: async (method, path, body) => {
      await call(method, path, body);
    },
    setCsrfToken: (token) => {
      csrfToken = token;
    },
    onSignInRequired: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

