import { describe, expect, it } from 'vitest';
import { demoReferenceData } from '../../../src/core/demo';
import type { ReferenceData, ReturnVersion } from '../../../src/core/schemas';
import { validateReturn } from '../../../src/core/validation';

const demo = demoReferenceData();

function validateAtHub(data: ReferenceData, ret: ReturnVersion) {
  const subContract = data.subContracts.find((s) => s.id === ret.subContractId)!;
  return validateReturn(ret, {
    template: data.templates.find((t) => t.id === subContract.templateId)!,
    indicators: data.indicators,
    categorySets: data.categorySets,
    subContract,
    settings: data.primeContracts.find((p) => p.id === subContract.primeContractId)!.settings,
    profiles: data.profiles.filter((p) => p.subContractId === subContract.id),
    stage: 'received',
    previousReturns: data.returns.filter((r) => r.subContractId === subContract.id),
  });
}

describe('the demo history, validated as the hub would', () => {
  it('has no errors and every warning explained, as accepted returns should', () => {
    const problems = demo.returns.flatMap((r) => {
      const result = validateAtHub(demo, r);
      return [...result.findings.filter((f) => f.severity === 'error'), ...result.unexplained].map((f) => `${r.id} ${f.ruleId} ${f.path}`);
    });
    expect(problems).toEqual([]);
  });

  it("flags the youth club's summer programme as an outlier (A6), explained", () => {
    const ret = demo.returns.find((r) => r.id === 'ret-sc-youth-2026-Q2')!;
    const outliers = validateAtHub(demo, ret).findings.filter((f) => f.ruleId === 'A6').map((f) => f.path);
    expect(outliers).toContain('figures.sessions.value');
    expect(ret.explanations['A6:figures.sessions.value']).toMatch(/summer holiday programme/i);
  });

  it('keeps ordinary green quarters free of profile warnings on their key figures', () => {
    const ret = demo.returns.find((r) => r.id === 'ret-sc-peer-2026-Q2')!;
    expect(validateAtHub(demo, ret).findings.filter((f) => f.path === 'figures.unique-clients.value')).toEqual([]);
  });
});
