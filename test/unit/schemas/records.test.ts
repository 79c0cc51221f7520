import { describe, expect, it } from 'vitest';
import { RecordData } from '../../../src/core/schemas';

const base = {
  id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  memberId: 'm-advice',
  subContractId: 'sc-advice-1',
  personId: 'p-1',
  createdAt: '2026-05-01T09:00:00.000Z',
  updatedAt: '2026-05-01T09:00:00.000Z',
  version: 1,
};
const hours = { ...base, type: 'volunteer-hours', date: '2026-05-01', volunteerId: 'p-2', roleId: 'befriender', activity: 'Befriending call' };

function messages(input: unknown): string[] {
  const result = RecordData.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('records', () => {
  it('accepts a contact with a pseudonymous client ref', () => {
    const contact = { ...base, type: 'contact', date: '2026-05-01', clientRef: 'BRK-0042', isNew: true, interventions: 2 };
    expect(messages(contact)).toEqual([]);
    expect(RecordData.parse(contact)).toMatchObject({ demographics: {}, service: '' });
  });

  it('refuses a client ref that looks like a name, saying why', () => {
    const contact = { ...base, type: 'contact', date: '2026-05-01', clientRef: 'Jane Smith', isNew: true, interventions: 1 };
    expect(messages(contact)).toEqual(['clientRef: A client ref uses only letters, numbers and dashes (no names or spaces)']);
  });

  it('takes volunteer hours only in quarter-hour steps and at most 24', () => {
    expect(messages({ ...hours, hours: 2.25 })).toEqual([]);
    expect(messages({ ...hours, hours: 24 })).toEqual([]);
    expect(messages({ ...hours, hours: 1.1 })).toEqual(['hours: Enter hours in quarter-hour steps, like 1.25 or 2.5']);
    expect(messages({ ...hours, hours: 24.25 })).toEqual(['hours: No more than 24 hours in a day']);
    expect(messages({ ...hours, hours: 0 })).toEqual(['hours: Enter more than 0 hours']);
  });

  it('keeps money in whole, non-negative pence', () => {
    const spend = { ...base, type: 'spend', quarter: '2026-Q1', lineId: 'staff', amountPence: 12345 };
    expect(messages(spend)).toEqual([]);
    expect(messages({ ...spend, amountPence: 12.5 })).toHaveLength(1);
    expect(messages({ ...spend, amountPence: -1 })).toEqual(['amountPence: An amount cannot be negative']);
  });

  it('refuses an unknown record type and impossible dates', () => {
    expect(messages({ ...base, type: 'visit' })).toHaveLength(1);
    expect(messages({ ...hours, hours: 1, date: '2026-02-30' })).toEqual(['date: Enter a real calendar date as YYYY-MM-DD']);
  });
});
