import { describe, expect, it } from 'vitest';
import { type ReturnVersion, findingKey } from '../../../src/core/schemas';
import { completenessOf, validateReturn } from '../../../src/core/validation';
import { context, template } from '../aggregate/fixtures';
import { aReturn, input, seal, someRecords, withFigure } from './helpers';

const complete = aReturn(someRecords());

describe('validateReturn', () => {
  it('passes a complete, consistent return and allows sealing', () => {
    expect(validateReturn(complete, context({ records: someRecords() }))).toEqual({
      findings: [],
      completeness: { present: 13, required: 13, score: 1 },
      canSeal: true,
      unexplained: [],
    });
  });

  it('blocks sealing on any error', () => {
    const result = validateReturn(withFigure(complete, 'new-clients', { value: null }), context());
    expect(result.canSeal).toBe(false);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['C1']);
  });

  it('turns malformed input into A1 findings at readable paths, never an exception', () => {
    const bad = { ...complete, figures: [{ ...complete.figures[0], value: '12' }, ...complete.figures.slice(1)], version: 0 };
    const result = validateReturn(bad, context());
    expect(result.findings.map((f) => [f.ruleId, f.path, f.message])).toEqual([
      ['A1', 'version', '“version” is not valid: too small: expected number to be >=1 — correct it'],
      ['A1', 'figures.unique-clients.value', '“figures.unique-clients.value” must be a number, or blank — correct it'],
    ]);
    expect(result.findings[1]?.actual).toBe('12');
    expect(result.completeness).toEqual({ present: 0, required: 13, score: 0 });
    expect(result.canSeal).toBe(false);
  });

  it('says which fields are missing', () => {
    const { updatedBy: _, ...withoutUpdatedBy } = complete;
    expect(validateReturn(withoutUpdatedBy, context()).findings.map((f) => f.message)).toEqual(['“updatedBy” is missing — add it']);
    expect(validateReturn(null, context()).findings.map((f) => f.message)).toEqual(['The return must be a group of fields — correct it']);
  });

  it('lists unexplained warnings and lets explained ones through', () => {
    const records = [...someRecords(), ...someRecords().slice(0, 1)];
    const ret = aReturn(records);
    const first = validateReturn(ret, context({ records }));
    expect(first.unexplained).toHaveLength(1);
    const key = findingKey(first.unexplained[0]!);
    const second = validateReturn({ ...ret, explanations: { [key]: 'Seen twice that day' } }, context({ records }));
    expect(second.findings).toHaveLength(1);
    expect(second.unexplained).toEqual([]);
    expect(second.canSeal).toBe(true);
  });
});

describe('completeness score', () => {
  it('counts required indicators, breakdowns, narrative and finance lines', () => {
    // 6 required indicators + 3 required breakdowns + 2 narrative items + 2 finance lines.
    expect(completenessOf(input(complete))).toEqual({ present: 13, required: 13, score: 1 });
    const gaps: ReturnVersion = { ...withFigure(complete, 'unique-clients', { value: null, breakdowns: {} }), narrative: {}, finance: { staff: 0 } };
    // Present: 5 of 6 indicators, 1 of 3 breakdowns, 0 of 2 narrative items, 1 of 2 finance lines.
    expect(completenessOf(input(gaps))).toEqual({ present: 7, required: 13, score: 7 / 13 });
  });

  it('counts the seal at the hub only', () => {
    expect(completenessOf(input(complete, { stage: 'received' }))).toEqual({ present: 13, required: 14, score: 13 / 14 });
    expect(completenessOf(input({ ...complete, seal }, { stage: 'received' }))).toEqual({ present: 14, required: 14, score: 1 });
  });

  it('counts an optional indicator’s required breakdowns once it has a figure', () => {
    const t = { ...template, indicators: template.indicators.map((ti) => (ti.indicatorId === 'referrals-out' ? { ...ti, requiredBreakdowns: ['age-band'] } : ti)) };
    expect(completenessOf(input(withFigure(complete, 'referrals-out', { value: null }), { template: t })).required).toBe(13);
    expect(completenessOf(input(complete, { template: t }))).toMatchObject({ present: 13, required: 14 });
  });

  it('asks a nil return only for its reason (and the seal at the hub)', () => {
    const nil = { ...complete, figures: [], narrative: {}, finance: {}, nil: { reason: 'Closed' } };
    expect(completenessOf(input(nil))).toEqual({ present: 1, required: 1, score: 1 });
    expect(completenessOf(input({ ...nil, nil: { reason: '' } }, { stage: 'received' }))).toEqual({ present: 0, required: 2, score: 0 });
  });
});
