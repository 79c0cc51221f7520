import { type ReadonlySignal, batch, computed, signal } from '@preact/signals';
import type { z } from 'zod';
import { registerUpdateBlocker } from './update';

/** Field path ("demographics.age-band") → the first problem with it, in plain English. */
export type FieldErrors = Record<string, string>;
export type SummaryItem = { field: string; message: string };

export type Form<V extends Record<string, unknown>, Out> = {
  values: ReadonlySignal<V>;
  /** Every current problem, shown or not. */
  allErrors: ReadonlySignal<FieldErrors>;
  /**
   * Problems to show: every field's after a submit; before that, a field's once the person has
   * left it answered and come back to change it (so it validates as they type).
   */
  errors: ReadonlySignal<FieldErrors>;
  /** The error summary (GOV.UK): every problem, in field order, once the person has submitted. */
  summary: ReadonlySignal<SummaryItem[]>;
  submitted: ReadonlySignal<boolean>;
  /** The values differ from those the form started (or was last reset) with. */
  dirty: ReadonlySignal<boolean>;
  set<K extends keyof V & string>(field: K, value: V[K]): void;
  /**
   * The person left the field (or a part of it, "demographics.age-band") having answered it:
   * from the next change on, its problems show as they type. Nothing shows at the blur itself:
   * a message appearing then would move the page under the finger on its way to a button.
   * Leaving a field blank shows nothing until submit.
   */
  blur(field: string): void;
  /** Marks the form submitted; the parsed output when valid, else null (and the summary shows). */
  submit(): Out | null;
  /** Problems found elsewhere (the store, the hub), shown until the field changes. */
  setExternalErrors(errors: FieldErrors): void;
  /** Starts again from `values` (or the starting values): clean, nothing touched. */
  reset(values?: V): void;
  /** Stops blocking app updates; call when the form goes away. */
  dispose(): void;
};

/** The id of a field's input, for labels and the error summary's links. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

function errorsOf(result: z.ZodSafeParseResult<unknown>): FieldErrors {
  const errors: FieldErrors = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}

function valueAt(values: Record<string, unknown>, path: string): unknown {
  let at: unknown = values;
  for (const part of path.split('.')) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[part] : undefined;
  return at;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Whether `path` is the touched field or inside it ("demographics.age-band" is in "demographics"). */
function isUnder(path: string, touched: ReadonlySet<string>): boolean {
  if (touched.has(path)) return true;
  for (const t of touched) if (path.startsWith(`${t}.`)) return true;
  return false;
}

/**
 * A form's state from a zod schema and signals (no form library). Values are what the inputs
 * hold (mostly strings); the schema turns them into the output and says what is wrong, by path.
 * `schema` is a function so it can read signals (the member's sub-contracts, the person's role)
 * and the errors follow them. While the form has unsaved answers, app updates wait.
 */
export function createForm<V extends Record<string, unknown>, Out>(
  schema: () => z.ZodType<Out>,
  initial: V,
  { unsavedMessage = 'You have a form with unsaved answers' }: { unsavedMessage?: string } = {},
): Form<V, Out> {
  const pristine = signal<V>(initial);
  const values = signal<V>(initial);
  const touched = signal<ReadonlySet<string>>(new Set());
  /** Touched fields changed since: these validate as the person types. */
  const live = signal<ReadonlySet<string>>(new Set());
  const submitted = signal(false);
  const external = signal<FieldErrors>({});
  const order = Object.keys(initial);

  const result = computed(() => schema().safeParse(values.value));
  const allErrors = computed<FieldErrors>(() => ({ ...errorsOf(result.value), ...external.value }));
  const errors = computed<FieldErrors>(() => {
    const all = allErrors.value;
    if (submitted.value) return all;
    return Object.fromEntries(Object.entries(all).filter(([path]) => isUnder(path, live.value)));
  });
  const summary = computed<SummaryItem[]>(() => {
    if (!submitted.value) return [];
    const rank = (path: string) => {
      const i = order.indexOf(path.split('.')[0] ?? path);
      return i === -1 ? order.length : i;
    };
    return Object.entries(allErrors.value)
      .map(([field, message]) => ({ field, message }))
      .sort((a, b) => rank(a.field) - rank(b.field));
  });
  const dirty = computed(() => JSON.stringify(values.value) !== JSON.stringify(pristine.value));
  const removeBlocker = registerUpdateBlocker(() => (dirty.value ? unsavedMessage : null));

  return {
    values,
    allErrors,
    errors,
    summary,
    submitted,
    dirty,
    set(field, value) {
      batch(() => {
        values.value = { ...values.value, [field]: value };
        const awake = [...touched.value].filter((t) => (t === field || t.startsWith(`${field}.`)) && !live.value.has(t));
        if (awake.length > 0) live.value = new Set([...live.value, ...awake]);
        const stale = Object.keys(external.value).filter((p) => p === field || p.startsWith(`${field}.`));
        if (stale.length > 0) external.value = Object.fromEntries(Object.entries(external.value).filter(([p]) => !stale.includes(p)));
      });
    },
    blur(field) {
      // Passing through a field without answering is not a mistake yet: an empty answer is
      // reported on submit. (Nagging on blur also moves the page under the person's finger.)
      if (isBlank(valueAt(values.value, field)) || touched.value.has(field)) return;
      touched.value = new Set([...touched.value, field]);
    },
    submit() {
      // Problems from the last save are checked again by the next one.
      batch(() => {
        submitted.value = true;
        external.value = {};
      });
      const r = result.value;
      return r.success ? r.data : null;
    },
    setExternalErrors(next) {
      batch(() => {
        external.value = next;
        submitted.value = true;
      });
    },
    reset(next = pristine.value) {
      batch(() => {
        pristine.value = next;
        values.value = next;
        touched.value = new Set();
        live.value = new Set();
        submitted.value = false;
        external.value = {};
      });
    },
    dispose: removeBlocker,
  };
}
