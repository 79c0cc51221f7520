import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deliveryPercent, type Rag, rag } from '../../../src/core/performance';
import { settings } from './fixtures';

describe('rag (P2)', () => {
  it('is green from 95%, amber from 85%, red below, exactly at the boundaries', () => {
    expect(rag(95, settings)).toBe('green');
    expect(rag(94.99999, settings)).toBe('amber');
    expect(rag(85, settings)).toBe('amber');
    expect(rag(84.99999, settings)).toBe('red');
    expect(rag(0, settings)).toBe('red');
    expect(rag(250, settings)).toBe('green');
  });

  it('turns figures exactly at the thresholds into the right colour', () => {
    expect(rag(deliveryPercent(19, 20), settings)).toBe('green');
    expect(rag(deliveryPercent(189, 200), settings)).toBe('amber');
    expect(rag(deliveryPercent(17, 20), settings)).toBe('amber');
    expect(rag(deliveryPercent(169, 200), settings)).toBe('red');
  });

  it('takes its thresholds from the settings', () => {
    const strict = { ragGreenPercent: 100, ragAmberPercent: 90 };
    expect(rag(99, strict)).toBe('amber');
    expect(rag(89, strict)).toBe('red');
  });

  it('has no colour without a %', () => {
    expect(rag(null, settings)).toBeNull();
    expect(rag(Number.NaN, settings)).toBeNull();
  });

  it('is monotone in delivery %: more delivery is never a worse colour', () => {
    const rank: Record<Rag, number> = { red: 0, amber: 1, green: 2 };
    fc.assert(
      fc.property(fc.double({ min: 0, max: 300, noNaN: true }), fc.double({ min: 0, max: 300, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(rank[rag(lo, settings)!]).toBeLessThanOrEqual(rank[rag(hi, settings)!]);
      }),
    );
  });
});
