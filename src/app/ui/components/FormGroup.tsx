import type { ComponentChildren } from 'preact';

/** The ids of a field's hint and error, for aria-describedby. */
export function describedBy(id: string, hint?: ComponentChildren, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

export function Hint({ id, children }: { id: string; children?: ComponentChildren }) {
  if (!children) return null;
  return (
    <div class="app-hint" id={`${id}-hint`}>
      {children}
    </div>
  );
}

/** GOV.UK error message: the "Error:" prefix is for screen readers. */
export function ErrorMessage({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p class="app-error-message" id={`${id}-error`}>
      <span class="app-visually-hidden">Error:</span> {error}
    </p>
  );
}

export function FormGroup({ error, children }: { error?: string; children: ComponentChildren }) {
  return <div class={`app-form-group${error ? ' app-form-group--error' : ''}`}>{children}</div>;
}
