import { z } from 'zod';
import type { RecordInput } from '../../store/saveRecord';
import { type FormContext, activeSubContracts, choice, clientRefField, demographicSets, pastDate } from './fields';

export type ContactValues = {
  date: string;
  subContractId: string;
  service: string;
  clientRef: string;
  isNew: '' | 'new' | 'returning';
  demographics: Record<string, string>;
  interventions: string;
};

export function contactInitial(ctx: FormContext, keep?: Partial<ContactValues>): ContactValues {
  const subs = activeSubContracts(ctx);
  return {
    date: keep?.date ?? ctx.today,
    subContractId: keep?.subContractId ?? (subs.length === 1 ? subs[0]!.id : ''),
    service: keep?.service ?? '',
    clientRef: '',
    isNew: '',
    demographics: {},
    interventions: '1',
  };
}

/** The contact form's answers → a contact record (less what the store stamps). */
export function contactSchema(ctx: FormContext) {
  return z
    .object({
      date: pastDate('contact', ctx.today),
      subContractId: choice('Select the sub-contract', () => activeSubContracts(ctx).map((s) => s.id)),
      service: z.string().trim().max(80, 'The service must be 80 characters or fewer'),
      clientRef: clientRefField,
      isNew: z.enum(['new', 'returning'], 'Select whether the client is new or returning'),
      demographics: z.record(z.string(), z.string()),
      interventions: z
        .string()
        .trim()
        .min(1, 'Enter the number of interventions')
        .refine((s) => /^\d+$/.test(s), 'Enter the number of interventions as a whole number, like 2')
        .transform(Number)
        .pipe(z.int().min(1, 'A contact has at least 1 intervention').max(100, 'Enter 100 interventions or fewer')),
    })
    .superRefine((v, issues) => {
      for (const set of demographicSets(ctx.reference, v.subContractId, activeSubContracts(ctx))) {
        const given = v.demographics[set.id];
        if (!given || !set.categories.some((c) => c.id === given)) {
          issues.addIssue({
            code: 'custom',
            path: ['demographics', set.id],
            message: `Select the client’s ${set.name.toLowerCase()}, or ‘Not known / prefer not to say’`,
          });
        }
      }
    })
    .transform(
      (v): RecordInput => ({
        type: 'contact',
        date: v.date,
        subContractId: v.subContractId,
        service: v.service,
        clientRef: v.clientRef.toUpperCase(),
        isNew: v.isNew === 'new',
        demographics: Object.fromEntries(demographicSets(ctx.reference, v.subContractId).map((s) => [s.id, v.demographics[s.id]!])),
        interventions: v.interventions,
      }),
    );
}

/** A saved contact back into the form's answers, for editing. */
export function contactValuesFrom(r: { date: string; subContractId: string; service: string; clientRef: string; isNew: boolean; demographics: Record<string, string>; interventions: number }): ContactValues {
  return {
    date: r.date,
    subContractId: r.subContractId,
    service: r.service,
    clientRef: r.clientRef,
    isNew: r.isNew ? 'new' : 'returning',
    demographics: { ...r.demographics },
    interventions: String(r.interventions),
  };
}
