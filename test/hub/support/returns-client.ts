// Hub staff returns API and return tables, as the returns tests use them.
import { expect } from 'vitest';
import type { ReturnDetail } from '../../../src/core/hub-api';
import type { ChangeResult, PushRequest } from '../../../src/core/sync';
import type { Queryable } from '../../../src/hub/db/db';
import type { ProblemDetails } from '../../../src/hub/http/problems';
import type { Harness } from './harness';
import { type HubFetch, json, pushOk, type StaffLogin, staffHeaders } from './hub-client';

const RETURN_TABLES = {
  returns: 'id',
  return_versions: 'id',
  return_findings: 'version_id',
  return_events: 'n',
  queries: 'id',
  query_answers: 'id',
  extensions: 'id',
  change_outcomes: 'change_id',
  change_head: 'id',
  records: 'id',
} as const;

/** Every row of the tables returns live in, so a test can show a request changed nothing. */
export async function snapshotReturnTables(db: Queryable): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [table, order] of Object.entries(RETURN_TABLES)) out[table] = (await db.query(`select * from ${table} order by ${order}`)).rows;
  return out;
}

/** Pushes and returns the results, in order. */
export async function send(h: Harness, token: string, body: PushRequest): Promise<ChangeResult[]> {
  return (await pushOk(h.hub, token, body)).results;
}

export function returnPath(subContractId: string, quarter: string, action = ''): string {
  return `/api/returns/${encodeURIComponent(subContractId)}/${quarter}${action ? `/${action}` : ''}`;
}

export async function getJson<T>(hub: HubFetch, login: StaffLogin, path: string): Promise<T> {
  const response = await hub(path, { headers: { Cookie: login.cookie } });
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export function staffPost(hub: HubFetch, login: StaffLogin, path: string, body: unknown): Promise<Response> {
  const init = json('POST', body);
  return hub(path, { ...init, headers: { ...(init.headers as Record<string, string>), ...staffHeaders(login) } });
}

export async function postOk<T>(hub: HubFetch, login: StaffLogin, path: string, body: unknown, status = 200): Promise<T> {
  const response = await staffPost(hub, login, path, body);
  if (response.status !== status) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export const detailOf = (hub: HubFetch, login: StaffLogin, subContractId: string, quarter: string) =>
  getJson<ReturnDetail>(hub, login, returnPath(subContractId, quarter));

export async function problemOf(response: Response, status: number): Promise<ProblemDetails> {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toBe('application/problem+json');
  return (await response.json()) as ProblemDetails;
}
