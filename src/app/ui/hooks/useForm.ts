import { useEffect, useMemo } from 'preact/hooks';
import type { z } from 'zod';
import { createForm, type Form } from '../../state/form';

/** A form for the life of the component: made once, and its update blocker removed on unmount. */
export function useForm<V extends Record<string, unknown>, Out>(schema: () => z.ZodType<Out>, initial: () => V): Form<V, Out> {
  const form = useMemo(() => createForm(schema, initial()), []);
  useEffect(() => () => form.dispose(), [form]);
  return form;
}
