import { Hono } from 'hono';
import type { Db } from '../../db/db';
import { PROBLEMS, problemResponse } from '../problems';

export interface HealthResponse {
  ok: true;
  db: Db['kind'];
  version: string;
}

/** GET /api/health: up, and the database answers a real query. */
export function healthRoutes(deps: { db: Db; version: string; log: (line: string) => void }): Hono {
  return new Hono().get('/', async (c) => {
    try {
      await deps.db.query('select 1 as ok');
    } catch (error) {
      deps.log(`Health check: the database did not answer: ${(error as Error).message}`);
      return problemResponse(c, PROBLEMS.databaseUnavailable, `The ${deps.db.kind} database did not answer a query.`);
    }
    const body: HealthResponse = { ok: true, db: deps.db.kind, version: deps.version };
    c.header('Cache-Control', 'no-store');
    return c.json(body);
  });
}
