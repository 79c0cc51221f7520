import type { Form } from '../../state/form';

type TextKeys<V> = { [K in keyof V & string]: V[K] extends string | undefined ? K : never }[keyof V & string];

/**
 * What a TextInput, Textarea or DateInput needs from a form for one text field: its name, value
 * and shown error, and the form told of every change and of the person leaving the field.
 */
export function textField<V extends Record<string, unknown>, Out, K extends TextKeys<V>>(form: Form<V, Out>, name: K) {
  return { name, ...bound(form, name), onInput: (value: string) => form.set(name, value as V[K]) };
}

/** The same for a choice (Radios, Select, SubContractField), which reports a change rather than input. */
export function choiceField<V extends Record<string, unknown>, Out, K extends TextKeys<V>>(form: Form<V, Out>, name: K) {
  return { ...bound(form, name), onChange: (value: string) => form.set(name, value as V[K]) };
}

function bound<V extends Record<string, unknown>, Out>(form: Form<V, Out>, name: keyof V & string) {
  return {
    value: (form.values.value[name] as string | undefined) ?? '',
    error: form.errors.value[name],
    onBlur: () => form.blur(name),
  };
}
