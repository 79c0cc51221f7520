import { describe, expect, it } from 'vitest';
import { demoReturn60 } from '../../../src/core/demo';
import { ReturnVersion } from '../../../src/core/schemas';
import { validateReturn } from '../../../src/core/validation';

describe('demoReturn60 (the validate-return bench input)', () => {
  const d = demoReturn60({ recordsPerQuarter: 300 });

  it('is a 60-indicator return with breakdowns, history and this year’s records', () => {
    const ret = ReturnVersion.parse(d.ret);
    expect(d.template.indicators).toHaveLength(60);
    expect(ret.figures).toHaveLength(60);
    expect(ret.figures.filter((f) => Object.keys(f.breakdowns).length > 0).length).toBeGreaterThanOrEqual(20);
    expect(d.previousReturns.map((r) => r.quarter)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1']);
    expect(d.records).toHaveLength(600);
  });

  it('is a return a manager could seal: no errors, every warning explained', () => {
    const result = validateReturn(d.ret, { ...d, stage: 'received' });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.unexplained).toEqual([]);
    expect(result.canSeal).toBe(true);
  });

  it('is the same on every call', () => {
    expect(demoReturn60({ recordsPerQuarter: 300 }).ret).toEqual(d.ret);
  });
});
