import { signal } from '@preact/signals';
import { z } from 'zod';
import { afterEach, describe, expect, it } from 'vitest';
import { createForm, fieldId, type Form } from '../../../src/app/state/form';
import { updateBlockReasons } from '../../../src/app/state/update';

const schema = z.object({
  name: z.string().trim().min(1, 'Enter your name'),
  hours: z.string().regex(/^\d+$/, 'Enter whole hours').transform(Number),
  nested: z.object({ age: z.string().min(1, 'Select an age band') }),
});
type Values = { name: string; hours: string; nested: { age: string } };
const blank: Values = { name: '', hours: '', nested: { age: '' } };

describe('the form helper', () => {
  const forms: Form<Values, unknown>[] = [];
  const make = (initial = blank, s: () => z.ZodType<unknown> = () => schema) => {
    const f = createForm<Values, unknown>(s, initial);
    forms.push(f);
    return f;
  };
  afterEach(() => forms.splice(0).forEach((f) => f.dispose()));

  it('shows nothing until an answered field is left and changed again, then validates it as the person types', () => {
    const f = make();
    expect(f.errors.value).toEqual({});
    expect(Object.keys(f.allErrors.value)).toEqual(['name', 'hours', 'nested.age']);
    f.blur('name'); // passed through without answering: not a mistake yet
    expect(f.errors.value).toEqual({});
    f.set('hours', 'x');
    expect(f.errors.value).toEqual({});
    f.blur('hours');
    expect(f.errors.value).toEqual({}); // nothing moves on the page as the person leaves the field
    f.set('hours', 'xy');
    expect(f.errors.value).toEqual({ hours: 'Enter whole hours' });
    f.set('hours', '');
    expect(f.errors.value).toEqual({ hours: 'Enter whole hours' });
    f.set('hours', '4');
    expect(f.errors.value).toEqual({});
    f.set('nested', { age: 'x' });
    f.blur('nested.age');
    f.set('nested', { age: '' });
    expect(f.errors.value).toEqual({ 'nested.age': 'Select an age band' });
    f.reset();
    f.set('nested', { age: '' });
    expect(f.errors.value).toEqual({});
  });

  it('on submit shows every problem, in field order, and returns null; valid input returns the parsed output', () => {
    const f = make();
    f.set('hours', 'lots');
    expect(f.submit()).toBeNull();
    expect(f.summary.value).toEqual([
      { field: 'name', message: 'Enter your name' },
      { field: 'hours', message: 'Enter whole hours' },
      { field: 'nested.age', message: 'Select an age band' },
    ]);
    f.set('name', ' Sam ');
    f.set('hours', '3');
    f.set('nested', { age: '18-24' });
    expect(f.summary.value).toEqual([]);
    expect(f.submit()).toEqual({ name: 'Sam', hours: 3, nested: { age: '18-24' } });
  });

  it('is dirty while the answers differ from the start, and then blocks app updates', () => {
    const f = make();
    expect(f.dirty.value).toBe(false);
    expect(updateBlockReasons()).toEqual([]);
    f.set('name', 'S');
    expect(f.dirty.value).toBe(true);
    expect(updateBlockReasons()).toEqual(['You have a form with unsaved answers']);
    f.set('name', '');
    expect(f.dirty.value).toBe(false);
    f.set('name', 'S');
    f.reset({ ...blank, name: 'kept' });
    expect(f.dirty.value).toBe(false);
    expect(f.values.value.name).toBe('kept');
    expect(f.submitted.value).toBe(false);
    f.set('hours', '1');
    f.dispose();
    expect(updateBlockReasons()).toEqual([]);
  });

  it('shows problems found by the store until the field changes', () => {
    const f = make({ name: 'Sam', hours: '2', nested: { age: 'x' } });
    f.setExternalErrors({ 'nested.age': 'Select one of the age band options' });
    expect(f.errors.value).toEqual({ 'nested.age': 'Select one of the age band options' });
    expect(f.summary.value).toEqual([{ field: 'nested.age', message: 'Select one of the age band options' }]);
    f.set('nested', { age: '25-64' });
    expect(f.errors.value).toEqual({});
  });

  it('follows a schema that reads signals', () => {
    const max = signal(10);
    const f = make({ ...blank, name: 'a', hours: '5', nested: { age: 'x' } }, () =>
      schema.extend({ hours: z.string().transform(Number).pipe(z.number().max(max.value, `At most ${max.value}`)) }),
    );
    expect(f.allErrors.value).toEqual({});
    max.value = 4;
    expect(f.allErrors.value).toEqual({ hours: 'At most 4' });
  });

  it('names inputs so the error summary can link to them', () => {
    expect(fieldId('demographics.age-band')).toBe('field-demographics-age-band');
    expect(fieldId('name')).toBe('field-name');
  });
});
