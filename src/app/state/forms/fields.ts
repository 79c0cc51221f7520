import { z } from 'zod';
import { ClientRef, NOT_KNOWN, type Person, type ReferenceData, type SubContract } from '../../../core/schemas';
import { quarterEnd, quarterStart, type QuarterId } from '../../../core/time';

/** What every record form needs to know besides its own answers. */
export type FormContext = {
  reference: ReferenceData;
  memberId: string;
  person: Person;
  /** Today in London: record dates cannot be after it. */
  today: string;
};

/** The member's sub-contracts running at some time in the quarter. */
export function activeSubContracts(ctx: FormContext, quarter?: QuarterId): SubContract[] {
  const from = quarter ? quarterStart(quarter) : ctx.today;
  const to = quarter ? quarterEnd(quarter) : ctx.today;
  const own = ctx.reference.subContracts.filter((s) => s.memberId === ctx.memberId);
  const running = own.filter((s) => s.start <= to && s.end >= from);
  return running.length > 0 ? running : own;
}

/** One of `allowed`, or the message (GOV.UK: "Select …"). */
export function choice(message: string, allowed: () => readonly string[]) {
  return z.string().refine((v) => v !== '' && allowed().includes(v), message);
}

/**
 * A date typed in a DateInput ('' when empty), in GOV.UK's words when it is missing or not real;
 * `thing` names it, e.g. "the date of the contact".
 */
export function typedDate(thing: string) {
  const capitalised = thing.charAt(0).toUpperCase() + thing.slice(1);
  return z
    .string()
    .min(1, `Enter ${thing}`)
    .pipe(z.iso.date({ error: `${capitalised} must be a real date, for example 27 3 2026` }));
}

/** A typed record date, not after today. */
export function pastDate(what: string, today: string) {
  return typedDate(`the date of the ${what}`).refine((d) => d <= today, `The date of the ${what} must be today or in the past`);
}

export const clientRefField = z.string().trim().min(1, 'Enter a client ref, or make a new one').pipe(ClientRef);

/** Hours as typed ("1.5", "2.25") → a number in quarter-hour steps, at most 24. */
export const hoursField = z
  .string()
  .trim()
  .min(1, 'Enter the hours, like 1.5')
  .refine((s) => /^\d{1,2}(\.\d{1,2})?$/.test(s), 'Enter the hours as a number, like 1.5 or 2.25')
  .transform(Number)
  .pipe(
    z
      .number()
      .positive('Enter more than 0 hours')
      .max(24, 'No more than 24 hours in a day')
      .refine((h) => Number.isInteger(h * 4), 'Enter hours in quarter-hour steps, like 1.25, 1.5 or 1.75'),
  );

/** Pounds and pence as typed ("£1,250.50", "12") → whole pence, without floating point. */
const penceTyped = z
  .string()
  .trim()
  .min(1, 'Enter the amount, like 125.50')
  .transform((s) => s.replace(/^£/, '').replace(/,/g, ''))
  .refine((s) => /^\d{1,9}(\.\d{1,2})?$/.test(s), 'Enter the amount in pounds and pence, like 125.50')
  .transform((s) => {
    const [pounds = '0', pence = ''] = s.split('.');
    return Number(pounds) * 100 + Number(pence.padEnd(2, '0'));
  });

export const moneyField = penceTyped.pipe(z.int().positive('Enter an amount more than £0'));

/** Pounds and pence where £0 is a real answer (nothing was paid), as whole pence. */
export const moneyOrNothingField = penceTyped.pipe(z.int().min(0));

/**
 * The category sets a contact is asked about: the breakdowns of its template's indicators. Until
 * a sub-contract is chosen, those of any of `candidates` (so the form does not grow later).
 */
export function demographicSets(reference: ReferenceData, subContractId: string, candidates: readonly SubContract[] = []) {
  const chosen = reference.subContracts.filter((s) => s.id === subContractId);
  const ids = new Set<string>();
  for (const subContract of chosen.length > 0 ? chosen : candidates) {
    const template = reference.templates.find((t) => t.id === subContract.templateId);
    for (const ti of template?.indicators ?? []) {
      const indicator = reference.indicators.find((i) => i.id === ti.indicatorId);
      for (const b of [...ti.requiredBreakdowns, ...(indicator?.breakdowns ?? [])]) ids.add(b);
    }
  }
  return reference.categorySets
    .filter((s) => ids.has(s.id))
    .map((s) => ({
      ...s,
      // "Not known / prefer not to say" goes last, as GOV.UK puts "none of these".
      categories: [...s.categories.filter((c) => c.id !== NOT_KNOWN), ...s.categories.filter((c) => c.id === NOT_KNOWN)],
    }));
}
