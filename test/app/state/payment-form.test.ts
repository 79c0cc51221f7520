import { describe, expect, it } from 'vitest';
import { RecordPaymentForm } from '../../../src/app/ui/staff/performance/paymentForm';

describe('the amount paid, as hub staff type it', () => {
  const paid = (typed: string) => RecordPaymentForm.shape.paidPence.safeParse(typed);
  const message = (typed: string) => paid(typed).error?.issues[0]?.message;

  it('reads pounds and pence, with or without £ and commas, as whole pence', () => {
    expect(['£4,165.00', '4165', '4165.5', ' £0.01 '].map((typed) => paid(typed).data)).toEqual([416_500, 416_500, 416_550, 1]);
  });

  it('takes £0: nothing was paid is a real answer, unlike a spend line', () => {
    expect(paid('0').data).toBe(0);
    expect(paid('£0.00').data).toBe(0);
  });

  it('refuses what is not an amount, or more than the hub records in one line', () => {
    expect(message('')).toBe('Enter the amount, like 125.50');
    expect(message('4,16.5x')).toBe('Enter the amount in pounds and pence, like 125.50');
    expect(message('4165.505')).toBe('Enter the amount in pounds and pence, like 125.50');
    expect(message('-5')).toBe('Enter the amount in pounds and pence, like 125.50');
    expect(message('100000000.01')).toBe('The amount paid must be £100,000,000 or less');
    expect(paid('100000000').data).toBe(10_000_000_000);
  });
});
