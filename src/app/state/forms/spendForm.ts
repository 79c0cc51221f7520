import { z } from 'zod';
import type { ReferenceData } from '../../../core/schemas';
import { type QuarterId, previousQuarter, quarterEnd, quarterOf, quarterStart } from '../../../core/time';
import type { RecordInput } from '../../store/saveRecord';
import { type FormContext, activeSubContracts, choice, moneyField } from './fields';

export type SpendValues = { subContractId: string; quarter: string; lineId: string; amount: string; note: string };

/** The budget lines of a sub-contract's template. */
export function financeLines(reference: ReferenceData, subContractId: string) {
  const subContract = reference.subContracts.find((s) => s.id === subContractId);
  return reference.templates.find((t) => t.id === subContract?.templateId)?.financeLines ?? [];
}

/** Spend is recorded for this quarter or the one before (late invoices), newest first. */
export function spendQuarters(today: string): QuarterId[] {
  const now = quarterOf(today);
  return [now, previousQuarter(now)];
}

export function spendInitial(ctx: FormContext, keep?: Partial<SpendValues>): SpendValues {
  const subs = activeSubContracts(ctx);
  return {
    subContractId: keep?.subContractId ?? (subs.length === 1 ? subs[0]!.id : ''),
    quarter: keep?.quarter ?? quarterOf(ctx.today),
    lineId: '',
    amount: '',
    note: '',
  };
}

export function spendSchema(ctx: FormContext) {
  return z
    .object({
      subContractId: choice('Select the sub-contract', () => activeSubContracts(ctx).map((s) => s.id)),
      quarter: choice('Select the quarter', () => spendQuarters(ctx.today)),
      lineId: z.string(),
      amount: moneyField,
      note: z.string().trim().max(200, 'The note must be 200 characters or fewer'),
    })
    .superRefine((v, issues) => {
      if (!financeLines(ctx.reference, v.subContractId).some((l) => l.id === v.lineId)) {
        issues.addIssue({ code: 'custom', path: ['lineId'], message: 'Select the budget line' });
      }
      const sub = ctx.reference.subContracts.find((s) => s.id === v.subContractId);
      if (sub && spendQuarters(ctx.today).includes(v.quarter) && (quarterEnd(v.quarter) < sub.start || quarterStart(v.quarter) > sub.end)) {
        issues.addIssue({ code: 'custom', path: ['quarter'], message: `Select a quarter when ${sub.name} runs` });
      }
    })
    .transform(
      (v): RecordInput => ({ type: 'spend', subContractId: v.subContractId, quarter: v.quarter, lineId: v.lineId, amountPence: v.amount, note: v.note }),
    );
}

/** Whole pence → "1250.50" for the amount field. */
export function penceToPounds(pence: number): string {
  return `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
}

export function spendValuesFrom(r: { subContractId: string; quarter: string; lineId: string; amountPence: number; note: string }): SpendValues {
  return { subContractId: r.subContractId, quarter: r.quarter, lineId: r.lineId, amount: penceToPounds(r.amountPence), note: r.note };
}
