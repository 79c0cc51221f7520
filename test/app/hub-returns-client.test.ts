// The returns part of the staff API client: the requests it makes (paths, bodies, CSRF header)
// and what it refuses to send. The same calls against a real hub are in test/e2e/hub-returns.
import { describe, expect, it } from 'vitest';
import {
  acceptReturn,
  closeQuery,
  createHubClient,
  declineExtension,
  getReturnsGrid,
  grantExtension,
  grantExtensionUnrequested,
  HubApiError,
  listExtensions,
  raiseQuery,
  reopenReturn,
} from '../../src/app/hub-api';

type Sent = { method: string; url: string; body: unknown; csrf: string | null };

/** A hub that records each request and answers with `answer` (which need not match any schema here). */
function recordingClient(answer: unknown = {}) {
  const sent: Sent[] = [];
  const client = createHubClient({
    baseUrl: 'http://hub.test',
    fetch: (async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      sent.push({
        method: init.method ?? 'GET',
        url: String(input),
        body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
        csrf: headers.get('x-csrf-token'),
      });
      return Response.json(answer);
    }) as typeof fetch,
  });
  client.setCsrfToken('token-1');
  return { client, sent };
}

const address = { subContractId: 'sc-youth', quarter: '2026-Q2' };

describe('returns requests', () => {
  it('asks for a grid range in the query string, and refuses a range that is not quarters', async () => {
    const { client, sent } = recordingClient();
    await getReturnsGrid(client, 'pc 1', { from: '2025-Q1', to: '2026-Q4' }).catch(() => undefined);
    expect(sent[0]).toMatchObject({ method: 'GET', url: 'http://hub.test/api/prime-contracts/pc%201/returns?from=2025-Q1&to=2026-Q4', csrf: null });
    await expect(getReturnsGrid(client, 'pc-1', { from: 'last year' })).rejects.toThrow('Enter a quarter as YYYY-Qn');
    expect(sent).toHaveLength(1);
  });

  it('sends each change to its address with the CSRF token and a body the core schema allows', async () => {
    const { client, sent } = recordingClient();
    const calls: [string, Promise<unknown>][] = [
      ['queries', raiseQuery(client, address, { path: 'figures.sessions.value', question: ' Why did sessions double? ' })],
      ['accept', acceptReturn(client, address, 2)],
      ['reopen', reopenReturn(client, address, { reason: 'The commissioner found a mistake' })],
      ['close', closeQuery(client, 'q-1')],
      ['grant', grantExtension(client, 'x-1', { dueDate: '2026-11-30', reason: 'Staff illness at the centre' })],
      ['decline', declineExtension(client, 'x-2', { reason: 'The return was already late' })],
      ['extension', grantExtensionUnrequested(client, address, { dueDate: '2026-12-04', reason: 'Agreed on the phone today' })],
    ];
    await Promise.allSettled(calls.map(([, p]) => p));
    expect(sent.map((s) => [s.method, s.url.replace('http://hub.test', ''), s.csrf])).toEqual([
      ['POST', '/api/returns/sc-youth/2026-Q2/queries', 'token-1'],
      ['POST', '/api/returns/sc-youth/2026-Q2/accept', 'token-1'],
      ['POST', '/api/returns/sc-youth/2026-Q2/reopen', 'token-1'],
      ['POST', '/api/queries/q-1/close', 'token-1'],
      ['POST', '/api/extensions/x-1/grant', 'token-1'],
      ['POST', '/api/extensions/x-2/decline', 'token-1'],
      ['POST', '/api/returns/sc-youth/2026-Q2/extension', 'token-1'],
    ]);
    expect(sent.map((s) => s.body)).toEqual([
      { path: 'figures.sessions.value', question: 'Why did sessions double?' },
      { version: 2 },
      { reason: 'The commissioner found a mistake' },
      { note: '' },
      { dueDate: '2026-11-30', reason: 'Staff illness at the centre' },
      { reason: 'The return was already late' },
      { dueDate: '2026-12-04', reason: 'Agreed on the phone today' },
    ]);
  });

  it('sends nothing when the answers break the core rules', async () => {
    const { client, sent } = recordingClient();
    await expect(raiseQuery(client, address, { path: '', question: 'Why?' })).rejects.toThrow('Choose the field the query is about');
    await expect(reopenReturn(client, address, { reason: 'typo' })).rejects.toThrow('at least 10 characters');
    await expect(grantExtension(client, 'x-1', { dueDate: '30/11/2026', reason: 'Staff illness at the centre' })).rejects.toThrow(
      'Enter a real calendar date as YYYY-MM-DD',
    );
    const refused = await acceptReturn(client, address, 0).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HubApiError);
    expect(refused).toMatchObject({ kind: 'refused', status: 0, fieldErrors: { version: expect.any(String) } });
    expect(sent).toEqual([]);
  });

  it('filters extensions by state and prime contract', async () => {
    const { client, sent } = recordingClient({ extensions: [] });
    await expect(listExtensions(client, { state: 'requested', primeContractId: 'pc-1' })).resolves.toEqual({ extensions: [] });
    await listExtensions(client);
    expect(sent.map((s) => s.url)).toEqual(['http://hub.test/api/extensions?state=requested&primeContractId=pc-1', 'http://hub.test/api/extensions']);
  });
});
