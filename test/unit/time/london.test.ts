import { describe, expect, it } from 'vitest';
import {
  describeDate,
  describeMoment,
  londonDateOf,
  londonEndOfDay,
  londonOffsetMs,
  londonStartOfDay,
  londonTimeOf,
} from '../../../src/core/time';

describe('London days', () => {
  it('ends a summer (BST) day at 22:59:59.999Z', () => {
    expect(londonStartOfDay('2026-07-14')).toBe('2026-07-13T23:00:00.000Z');
    expect(londonEndOfDay('2026-07-14')).toBe('2026-07-14T22:59:59.999Z');
  });

  it('ends a winter (GMT) day at 23:59:59.999Z', () => {
    expect(londonStartOfDay('2027-01-15')).toBe('2027-01-15T00:00:00.000Z');
    expect(londonEndOfDay('2027-01-15')).toBe('2027-01-15T23:59:59.999Z');
  });

  it('handles the 23-hour day when BST starts (Sun 29 Mar 2026)', () => {
    expect(londonStartOfDay('2026-03-29')).toBe('2026-03-29T00:00:00.000Z');
    expect(londonEndOfDay('2026-03-29')).toBe('2026-03-29T22:59:59.999Z');
  });

  it('handles the 25-hour day when BST ends (Sun 25 Oct 2026)', () => {
    expect(londonStartOfDay('2026-10-25')).toBe('2026-10-24T23:00:00.000Z');
    expect(londonEndOfDay('2026-10-25')).toBe('2026-10-25T23:59:59.999Z');
  });

  it('gives the London date of a moment, which differs from UTC late in a BST evening', () => {
    expect(londonDateOf('2026-07-14T22:59:59.999Z')).toBe('2026-07-14');
    expect(londonDateOf('2026-07-14T23:00:00.000Z')).toBe('2026-07-15');
    expect(londonDateOf('2027-01-15T23:59:59.999Z')).toBe('2027-01-15');
    expect(londonDateOf('2027-01-16T00:00:00.000Z')).toBe('2027-01-16');
  });

  it('knows the offset: GMT in winter, BST in summer, switching at 01:00 UTC', () => {
    expect(londonOffsetMs(Date.parse('2026-01-15T12:00:00Z'))).toBe(0);
    expect(londonOffsetMs(Date.parse('2026-07-15T12:00:00Z'))).toBe(3_600_000);
    expect(londonOffsetMs(Date.parse('2026-03-29T00:59:59Z'))).toBe(0);
    expect(londonOffsetMs(Date.parse('2026-03-29T01:00:00Z'))).toBe(3_600_000);
  });

  it('describes dates and moments in London time', () => {
    expect(describeDate('2026-07-14')).toBe('Tue 14 Jul 2026');
    expect(londonTimeOf('2026-07-14T22:30:00.000Z')).toBe('23:30');
    expect(describeMoment('2026-07-14T23:10:00.000Z')).toBe('Wed 15 Jul 2026 at 00:10');
  });

  it('refuses bad input with a clear error', () => {
    expect(() => londonEndOfDay('2026-02-30')).toThrow(/Not a real calendar date/);
    expect(() => londonDateOf('2026-07-14 23:00')).toThrow(/Not a UTC timestamp/);
  });
});
