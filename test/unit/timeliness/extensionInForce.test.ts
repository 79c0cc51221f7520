import { describe, expect, it } from 'vitest';
import type { ExtensionDecision } from '../../../src/core/sync';
import { extensionInForce } from '../../../src/core/timeliness';

const decision = (over: Partial<ExtensionDecision>): ExtensionDecision => ({
  id: '01a00000-0000-7000-8000-000000000001',
  subContractId: 'sc-north-advice',
  quarter: '2026-Q1',
  requestedDueDate: '2026-07-31',
  reason: 'Our manager was off sick for three weeks',
  state: 'granted',
  decidedBy: 'Hub Contract Manager',
  decidedAt: '2026-07-10T09:00:00.000Z',
  decisionReason: 'Agreed: two weeks more',
  grantedDueDate: '2026-07-28',
  ...over,
});

describe('extensionInForce', () => {
  it('is none while nothing has been granted', () => {
    expect(extensionInForce([])).toBeUndefined();
    expect(extensionInForce([decision({ state: 'requested', decidedAt: null, grantedDueDate: null })])).toBeUndefined();
    expect(extensionInForce([decision({ state: 'declined', grantedDueDate: null })])).toBeUndefined();
  });

  it('uses the due date granted and the hub’s reason, falling back to the request’s', () => {
    expect(extensionInForce([decision({})])).toMatchObject({ newDueDate: '2026-07-28', reason: 'Agreed: two weeks more', grantedBy: 'Hub Contract Manager', grantedAt: '2026-07-10T09:00:00.000Z' });
    expect(extensionInForce([decision({ decisionReason: null })])?.reason).toBe('Our manager was off sick for three weeks');
  });

  it('takes the grant decided last, whatever order the decisions come in', () => {
    const earlier = decision({ id: '01a00000-0000-7000-8000-000000000002', decidedAt: '2026-07-01T09:00:00.000Z', grantedDueDate: '2026-07-20' });
    const later = decision({ id: '01a00000-0000-7000-8000-000000000003', decidedAt: '2026-07-12T09:00:00.000Z', grantedDueDate: '2026-08-04' });
    const declined = decision({ id: '01a00000-0000-7000-8000-000000000004', state: 'declined', decidedAt: '2026-07-15T09:00:00.000Z', grantedDueDate: null });
    expect(extensionInForce([earlier, later, declined])?.newDueDate).toBe('2026-08-04');
    expect(extensionInForce([declined, later, earlier])?.newDueDate).toBe('2026-08-04');
  });
});
