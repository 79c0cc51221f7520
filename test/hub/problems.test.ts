import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Db } from '../../src/hub/db/db';
import { createApp } from '../../src/hub/http/app';
import { errorHandler, notFound } from '../../src/hub/http/errors';
import { parseJsonBody } from '../../src/hub/http/parse-body';
import { PROBLEMS, problemType, type ProblemDetails } from '../../src/hub/http/problems';
import { openTestDb } from './test-db';

async function problemOf(response: Response): Promise<ProblemDetails> {
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  const body = (await response.json()) as ProblemDetails;
  expect(body.status).toBe(response.status);
  return body;
}

describe('the problem catalogue', () => {
  it('has a unique code and type for every problem, numbered by its status', () => {
    const kinds = Object.values(PROBLEMS);
    expect(new Set(kinds.map((k) => k.code)).size).toBe(kinds.length);
    expect(new Set(kinds.map(problemType)).size).toBe(kinds.length);
    for (const kind of kinds) expect(kind.code.startsWith(`${kind.status}.`)).toBe(true);
  });
});

describe('the hub app answers errors with problem+json', () => {
  let db: Db;
  let app: Hono;
  beforeAll(async () => {
    db = await openTestDb();
    app = createApp({ db, bodyLimitBytes: 1000 });
  });
  afterAll(() => db.close());

  it('404 for an unknown /api route, with any method', async () => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      const problem = await problemOf(await app.request('/api/no/such/thing', { method }));
      expect(problem).toEqual({
        type: problemType(PROBLEMS.notFound),
        title: PROBLEMS.notFound.title,
        status: 404,
        detail: `No resource at ${method} /api/no/such/thing. Check the address.`,
        instance: '/api/no/such/thing',
        code: '404.1',
      });
    }
  });

  it('413 for a body over the limit, whether its length is declared or streamed', async () => {
    const big = 'x'.repeat(1001);
    const declared = await app.request('/api/health', { method: 'POST', body: big });
    expect((await problemOf(declared)).code).toBe('413.1');

    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new TextEncoder().encode('y'.repeat(400)));
        controller.close();
      },
    });
    const streamed = await app.request('/api/anything', { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    const problem = await problemOf(streamed);
    expect(problem.code).toBe('413.1');
    expect(problem.detail).toContain('1000 bytes');
  });

  it('accepts a body at the limit (and then answers for the route)', async () => {
    const response = await app.request('/api/anything', { method: 'POST', body: 'x'.repeat(1000) });
    expect(response.status).toBe(404);
  });
});

describe('parseJsonBody and the error handler', () => {
  const Contact = z.object({
    clientRef: z.string().min(3),
    interventions: z.number().int().nonnegative(),
    demographics: z.object({ ageBand: z.enum(['0-17', '18-64', '65+', 'not known']) }),
  });
  const logged: string[] = [];
  const app = new Hono();
  app.post('/contacts', async (c) => c.json({ saved: await parseJsonBody(c, Contact) }, 201));
  app.get('/boom', () => {
    throw new Error('secret connection string postgres://admin:hunter2@db');
  });
  app.notFound(notFound);
  app.onError(errorHandler((line) => logged.push(line)));

  const post = (body: string, contentType = 'application/json') =>
    app.request('/contacts', { method: 'POST', body, headers: { 'Content-Type': contentType } });

  it('returns the parsed body when it is valid', async () => {
    const body = { clientRef: 'C-001', interventions: 2, demographics: { ageBand: '65+' } };
    const response = await post(JSON.stringify(body));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ saved: body });
  });

  it('400 invalid-json for a body that is not JSON, or empty', async () => {
    const broken = await problemOf(await post('{"clientRef": '));
    expect(broken.code).toBe('400.1');
    expect(broken.detail).toMatch(/^The request body could not be read as JSON: /);
    const empty = await problemOf(await post(''));
    expect(empty.detail).toBe('The request body could not be read as JSON: the body is empty.');
  });

  it('400 validation-failed naming each field and why', async () => {
    const problem = await problemOf(
      await post(JSON.stringify({ clientRef: 'C', interventions: -1, demographics: { ageBand: 'old' } })),
    );
    expect(problem.code).toBe('400.2');
    expect(problem.type).toBe('urn:consortium-returns:problem:validation-failed');
    expect(problem.errors?.map((e) => e.path)).toEqual(['clientRef', 'interventions', 'demographics.ageBand']);
    for (const error of problem.errors ?? []) expect(error.message.length).toBeGreaterThan(0);
    expect(problem.detail).toMatch(/^3 problems with the request body: clientRef: .+; interventions: .+; demographics\.ageBand: .+\.$/);
  });

  it('400 names the body itself when it is not an object', async () => {
    const problem = await problemOf(await post('[1, 2]'));
    expect(problem.errors).toEqual([{ path: '', message: expect.any(String) }]);
    expect(problem.detail).toMatch(/^One problem with the request body: the body: /);
  });

  it('415 when the body is not sent as JSON', async () => {
    const problem = await problemOf(await post('clientRef=C-001', 'application/x-www-form-urlencoded'));
    expect(problem.code).toBe('415.1');
    expect(problem.detail).toContain("'application/x-www-form-urlencoded'");
    expect((await post('{}', 'application/problem+json; charset=utf-8')).status).toBe(400);
  });

  it('500 for an unexpected error, logged in full but never shown to the client', async () => {
    const response = await app.request('/boom');
    const text = await response.clone().text();
    const problem = await problemOf(response);
    expect(problem.code).toBe('500.1');
    expect(text).not.toContain('hunter2');
    expect(text).not.toMatch(/at .+\.ts:\d+/);
    expect(logged.join('\n')).toContain('hunter2');
    expect(logged.join('\n')).toContain('GET /boom');
  });
});
