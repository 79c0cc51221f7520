import { describe, expect, it } from 'vitest';
import { contactInitial, contactSchema } from '../../../src/app/state/forms/contactForm';
import { type FormContext, hoursField, moneyField } from '../../../src/app/state/forms/fields';
import { outcomeInitial, outcomeSchema } from '../../../src/app/state/forms/outcomeForm';
import { spendInitial, spendSchema } from '../../../src/app/state/forms/spendForm';
import { loggableVolunteers, volunteerHoursInitial, volunteerHoursSchema } from '../../../src/app/state/forms/volunteerHoursForm';
import { testReference } from '../fixtures';

const reference = testReference();
const ctx = (personId = 'p-staff'): FormContext => ({
  reference,
  memberId: 'brook',
  person: reference.people.find((p) => p.id === personId)!,
  today: '2026-05-20',
});
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('the contact form', () => {
  it('starts with today, the only sub-contract and one intervention', () => {
    expect(contactInitial(ctx())).toMatchObject({ date: '2026-05-20', subContractId: 'sc-advice', interventions: '1', clientRef: '' });
  });

  it('asks for every answer in plain English, with each category set of the template', () => {
    const r = contactSchema(ctx()).safeParse({ ...contactInitial(ctx()), date: '2026-05-21', interventions: '1.5' });
    expect(messages(r)).toEqual({
      date: 'The date of the contact must be today or in the past',
      clientRef: 'Enter a client ref, or make a new one',
      isNew: 'Select whether the client is new or returning',
      interventions: 'Enter the number of interventions as a whole number, like 2',
    });
    const noDemographics = contactSchema(ctx()).safeParse({ ...contactInitial(ctx()), clientRef: 'BRK-1', isNew: 'new' });
    expect(messages(noDemographics)).toEqual({
      'demographics.age-band': 'Select the client’s age band, or ‘Not known / prefer not to say’',
      'demographics.gender': 'Select the client’s gender, or ‘Not known / prefer not to say’',
    });
  });

  it('turns valid answers into a contact record', () => {
    const r = contactSchema(ctx()).parse({
      ...contactInitial(ctx()),
      clientRef: 'brk-0042',
      isNew: 'returning',
      demographics: { 'age-band': 'not-known', gender: 'woman', stray: 'x' },
      interventions: '3',
    });
    expect(r).toEqual({
      type: 'contact',
      date: '2026-05-20',
      subContractId: 'sc-advice',
      service: '',
      clientRef: 'BRK-0042',
      isNew: false,
      demographics: { 'age-band': 'not-known', gender: 'woman' },
      interventions: 3,
    });
  });
});

describe('the outcome form', () => {
  it('offers only the template’s outcome indicators', () => {
    const base = { ...outcomeInitial(ctx()), clientRef: 'BRK-1', evidenceNote: 'Budget plan seen' };
    expect(messages(outcomeSchema(ctx()).safeParse({ ...base, indicatorId: 'sessions' }))).toEqual({ indicatorId: 'Select the outcome the client achieved' });
    expect(outcomeSchema(ctx()).parse({ ...base, indicatorId: 'debt-managed' })).toMatchObject({ type: 'outcome', indicatorId: 'debt-managed' });
  });
});

describe('the volunteer hours form', () => {
  it('lets a volunteer log only their own hours, and fills in their role', () => {
    const vic = ctx('p-vol-1');
    expect(loggableVolunteers(vic).map((p) => p.id)).toEqual(['p-vol-1']);
    expect(volunteerHoursInitial(vic)).toMatchObject({ volunteerId: 'p-vol-1', roleId: 'befriender' });
    const other = volunteerHoursSchema(vic).safeParse({ ...volunteerHoursInitial(vic), volunteerId: 'p-vol-2', hours: '2', activity: 'Calls' });
    expect(messages(other)).toEqual({ volunteerId: 'You can only log your own hours' });
    expect(loggableVolunteers(ctx('p-staff')).map((p) => p.id)).toEqual(['p-vol-1', 'p-vol-2']);
  });

  it('takes hours in quarter-hour steps', () => {
    expect(hoursField.parse('2.25')).toBe(2.25);
    expect(hoursField.safeParse('1.3').error?.issues[0]?.message).toBe('Enter hours in quarter-hour steps, like 1.25, 1.5 or 1.75');
    expect(hoursField.safeParse('25').error?.issues[0]?.message).toBe('No more than 24 hours in a day');
    expect(hoursField.safeParse('0').error?.issues[0]?.message).toBe('Enter more than 0 hours');
    expect(hoursField.safeParse('two').error?.issues[0]?.message).toBe('Enter the hours as a number, like 1.5 or 2.25');
  });
});

describe('the spend form', () => {
  it('turns pounds and pence into whole pence without rounding errors', () => {
    expect(moneyField.parse('£1,250.50')).toBe(125_050);
    expect(moneyField.parse('0.29')).toBe(29);
    expect(moneyField.parse('12')).toBe(1200);
    expect(moneyField.parse('19.9')).toBe(1990);
    expect(moneyField.safeParse('12.345').error?.issues[0]?.message).toBe('Enter the amount in pounds and pence, like 125.50');
    expect(moneyField.safeParse('-5').error?.issues[0]?.message).toBe('Enter the amount in pounds and pence, like 125.50');
  });

  it('records a budget line of the template for this quarter or the last', () => {
    const manager = ctx('p-manager');
    const start = spendInitial(manager);
    expect(start.quarter).toBe('2026-Q1');
    expect(messages(spendSchema(manager).safeParse({ ...start, lineId: 'rent', amount: '10' }))).toEqual({ lineId: 'Select the budget line' });
    expect(messages(spendSchema(manager).safeParse({ ...start, quarter: '2025-Q3', lineId: 'staff', amount: '10' }))).toEqual({ quarter: 'Select the quarter' });
    expect(spendSchema(manager).parse({ ...start, lineId: 'staff', amount: '99.99' })).toEqual({
      type: 'spend', subContractId: 'sc-advice', quarter: '2026-Q1', lineId: 'staff', amountPence: 9999, note: '',
    });
  });
});
