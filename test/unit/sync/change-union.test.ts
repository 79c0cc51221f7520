import { describe, expect, it } from 'vitest';
import { Change, PullResponse } from '../../../src/core/sync';

const sealed = {
  id: 'ret-1',
  memberId: 'm-advice',
  subContractId: 'sc-advice-1',
  quarter: '2026-Q1',
  version: 1,
  state: 'sealed',
  seal: {
    declarationAccepted: true,
    managerId: 'm-advice-manager',
    managerName: 'Priya Castell',
    sealedAtDevice: '2026-07-10T10:00:00.000Z',
    sealedAtCorrected: '2026-07-10T10:00:01.000Z',
    skewMs: -1000,
  },
  updatedAt: '2026-07-10T10:00:00.000Z',
  updatedBy: 'm-advice-manager',
};
const envelope = { changeId: 'c-1', op: 'upsert', version: 1, baseVersion: 0, personId: 'm-advice-manager', deviceTime: '2026-07-10T10:00:00.000Z' };

describe('Change, told apart by entity', () => {
  it('reads a sealed return, a query answer and an extension request as their own kinds', () => {
    expect(Change.parse({ ...envelope, entity: 'return', entityId: 'ret-1', data: sealed }).entity).toBe('return');
    expect(Change.parse({ ...envelope, entity: 'query-answer', entityId: 'a-1', data: { id: 'a-1', queryId: 'q-1', comment: 'Two venues closed' } }).entity).toBe('query-answer');
    const request = { id: 'x-1', subContractId: 'sc-advice-1', quarter: '2026-Q1', requestedDueDate: '2026-07-31', reason: 'Our manager is on leave' };
    expect(Change.parse({ ...envelope, entity: 'extension-request', entityId: 'x-1', data: request }).entity).toBe('extension-request');
  });

  it('refuses a return that is not sealed, and an entity it does not know, saying where', () => {
    const unsealed = Change.safeParse({ ...envelope, entity: 'return', entityId: 'ret-1', data: { ...sealed, state: 'draft', seal: null } });
    expect(unsealed.success).toBe(false);
    expect(unsealed.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual(['data.seal', 'Only a sealed return is sent to the hub']);
    const unknown = Change.safeParse({ ...envelope, entity: 'invoice', entityId: 'i-1', data: {} });
    expect(unknown.error?.issues[0]?.path).toEqual(['entity']);
  });

  it('refuses a made-once change whose entity is not the one it carries', () => {
    const messages = (change: object) => Change.safeParse(change).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(messages({ ...envelope, entity: 'return', entityId: 'ret-2', data: sealed })).toEqual([['data', 'The return version must have the change’s id']]);
    expect(messages({ ...envelope, entity: 'query-answer', entityId: 'a-2', data: { id: 'a-1', queryId: 'q-1', comment: 'Two venues closed' } })).toEqual([
      ['data', 'The answer must have the change’s id'],
    ]);
    expect(messages({ ...envelope, entity: 'query-answer', entityId: 'a-1', version: 2, data: { id: 'a-1', queryId: 'q-1', comment: 'Two venues closed' } })?.[0]?.[0]).toBe('version');
  });
});

describe('PullResponse', () => {
  it('defaults returns, queries and extension decisions to none, so an older hub’s answer still reads', () => {
    const page = PullResponse.parse({ cursor: '0', hasMore: false, hubTime: '2026-07-10T10:00:00.000Z', reference: null, records: [] });
    expect([page.returns, page.queries, page.extensions]).toEqual([[], [], []]);
  });
});
