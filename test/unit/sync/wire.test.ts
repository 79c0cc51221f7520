import { describe, expect, it } from 'vitest';
import { EnrolRequest, PushRequest, RecordChange } from '../../../src/core/sync';

const record = {
  id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  memberId: 'm-advice',
  subContractId: 'sc-advice-1',
  personId: 'p-1',
  createdAt: '2026-05-01T09:00:00.000Z',
  updatedAt: '2026-05-01T09:00:00.000Z',
  version: 1,
  type: 'contact',
  date: '2026-05-01',
  clientRef: 'BRK-0042',
  isNew: true,
  interventions: 1,
};
const change = {
  changeId: '0190a1b2-c3d4-7e5f-8a9b-000000000001',
  entity: 'record',
  entityId: record.id,
  op: 'upsert',
  version: 1,
  baseVersion: 0,
  personId: 'p-1',
  deviceTime: '2026-05-01T09:00:00.000Z',
  data: record,
};

describe('enrolment codes', () => {
  it('reads a code however it was typed from paper', () => {
    for (const typed of ['abcd-efgh', 'ABCD EFGH', ' abcdefgh ']) {
      expect(EnrolRequest.parse({ code: typed, deviceName: 'Hall tablet' }).code).toBe('ABCD-EFGH');
    }
  });

  it('says what is wrong with a mistyped code', () => {
    const short = EnrolRequest.safeParse({ code: 'ABC-EFGH', deviceName: 'Hall tablet' });
    expect(short.error?.issues[0]?.message).toBe('An enrolment code has 8 letters and numbers, like ABCD-EFGH');
    const ambiguous = EnrolRequest.safeParse({ code: 'ABCD-EFG0', deviceName: 'Hall tablet' });
    expect(ambiguous.error?.issues[0]?.message).toMatch(/not an enrolment code/);
  });
});

describe('record changes', () => {
  it('accepts a create and a delete', () => {
    expect(RecordChange.safeParse(change).success).toBe(true);
    expect(RecordChange.safeParse({ ...change, op: 'delete', version: 2, baseVersion: 1, data: null }).success).toBe(true);
  });

  it('refuses a change whose versions or record do not match', () => {
    const paths = (input: unknown) => RecordChange.safeParse(input).error?.issues.map((i) => i.path.join('.'));
    expect(paths({ ...change, version: 3 })).toContain('version');
    expect(paths({ ...change, op: 'delete' })).toEqual(['data']);
    expect(paths({ ...change, entityId: 'someone-else' })).toEqual(['data']);
  });

  it('limits a push to 500 changes', () => {
    expect(PushRequest.safeParse({ deviceTime: change.deviceTime, changes: Array(500).fill(change) }).success).toBe(true);
    expect(PushRequest.safeParse({ deviceTime: change.deviceTime, changes: Array(501).fill(change) }).success).toBe(false);
    expect(PushRequest.safeParse({ deviceTime: change.deviceTime, changes: [] }).success).toBe(false);
  });
});
