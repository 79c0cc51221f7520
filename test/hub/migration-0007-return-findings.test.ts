import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/schemas';
import type { Db } from '../../src/hub/db/db';
import { findingsOf, insertFindings } from '../../src/hub/db/queries/return-findings';
import { openTestDb } from './test-db';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
  await db.exec(`
    insert into returns (id, member_id, sub_contract_id, prime_contract_id, quarter, state, current_version, timeliness, updated_at, seq)
      values ('r1', 'm1', 'sc1', 'pc', '2026-Q1', 'validated', 1, '{}', now(), 1);
    insert into return_versions (id, return_id, version, data, received_at, device_id, person_id)
      values ('v1', 'r1', 1, '{}', now(), 'd1', 'p1');`);
});
afterAll(() => db.close());

const finding: Finding = { ruleId: 'A4', severity: 'error', path: 'figures.x.value', message: 'Differs from the records', expected: 2, actual: 3 };
const row = {
  versionId: 'v1',
  findings: [finding],
  completeness: { present: 3, required: 4, score: 0.75 },
  errors: 1,
  warnings: 0,
  unexplained: 0,
  complete: true,
  validatedAt: new Date('2026-07-10T10:00:00.000Z'),
};

describe('migration 0007_return_findings', () => {
  it('keeps the findings and completeness of a version as validated', async () => {
    await insertFindings(db, row);
    expect((await findingsOf(db, ['v1'])).get('v1')).toEqual(row);
  });

  it('refuses findings of no version, a second set for one version, and negative counts', async () => {
    await expect(insertFindings(db, { ...row, versionId: 'v-none' })).rejects.toThrow(/foreign key/i);
    await expect(insertFindings(db, row)).rejects.toThrow(/unique|duplicate/i);
    await db.exec(`insert into return_versions (id, return_id, version, data, received_at, device_id, person_id) values ('v2', 'r1', 2, '{}', now(), 'd1', 'p1')`);
    await expect(insertFindings(db, { ...row, versionId: 'v2', errors: -1 })).rejects.toThrow(/check/);
  });
});
