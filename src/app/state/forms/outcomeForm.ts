import { z } from 'zod';
import type { ReferenceData } from '../../../core/schemas';
import type { RecordInput } from '../../store/saveRecord';
import { type FormContext, activeSubContracts, choice, clientRefField, pastDate } from './fields';

export type OutcomeValues = { date: string; subContractId: string; clientRef: string; indicatorId: string; evidenceNote: string };

/** The outcomes a sub-contract's template reports: its indicators whose source is 'outcome'. */
export function outcomeIndicators(reference: ReferenceData, subContractId: string) {
  const subContract = reference.subContracts.find((s) => s.id === subContractId);
  const template = reference.templates.find((t) => t.id === subContract?.templateId);
  return (template?.indicators ?? [])
    .map((ti) => reference.indicators.find((i) => i.id === ti.indicatorId))
    .filter((i) => i !== undefined && i.source === 'outcome')
    .map((i) => i!);
}

export function outcomeInitial(ctx: FormContext, keep?: Partial<OutcomeValues>): OutcomeValues {
  const subs = activeSubContracts(ctx);
  return {
    date: keep?.date ?? ctx.today,
    subContractId: keep?.subContractId ?? (subs.length === 1 ? subs[0]!.id : ''),
    clientRef: keep?.clientRef ?? '',
    indicatorId: '',
    evidenceNote: '',
  };
}

export function outcomeSchema(ctx: FormContext) {
  return z
    .object({
      date: pastDate('outcome', ctx.today),
      subContractId: choice('Select the sub-contract', () => activeSubContracts(ctx).map((s) => s.id)),
      clientRef: clientRefField,
      indicatorId: z.string(),
      evidenceNote: z
        .string()
        .trim()
        .min(1, 'Add a short note of the evidence, like “client showed their budget plan”')
        .max(500, 'The evidence note must be 500 characters or fewer'),
    })
    .superRefine((v, issues) => {
      if (!outcomeIndicators(ctx.reference, v.subContractId).some((i) => i.id === v.indicatorId)) {
        issues.addIssue({ code: 'custom', path: ['indicatorId'], message: 'Select the outcome the client achieved' });
      }
    })
    .transform(
      (v): RecordInput => ({
        type: 'outcome',
        date: v.date,
        subContractId: v.subContractId,
        clientRef: v.clientRef.toUpperCase(),
        indicatorId: v.indicatorId,
        evidenceNote: v.evidenceNote,
      }),
    );
}

export function outcomeValuesFrom(r: OutcomeValues): OutcomeValues {
  return { date: r.date, subContractId: r.subContractId, clientRef: r.clientRef, indicatorId: r.indicatorId, evidenceNote: r.evidenceNote };
}
