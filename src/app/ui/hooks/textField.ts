import type { Form } from '../../state/form';

type TextKeys<V> = { [K in keyof V & string]: V[K] extends string | undefined ? K : never }[keyof V & string];

/**
 * What a TextInput, Textarea or Select needs from a form for one text field: its name, value and
 * shown error, and the form told of every change and of the person leaving the field.
 */
export function textField<V extends Record<string, unknown>, Out, K extends TextKeys<V>>(form: Form<V, Out>, name: K) {
  return {
    name,
    value: (form.values.value[name] as string | undefined) ?? '',
    error: form.errors.value[name],
    onInput: (value: string) => form.set(name, value as V[K]),
    onBlur: () => form.blur(name),
  };
}
