import type { ComponentChildren } from 'preact';

/**
 * A form the app checks itself — noValidate, so problems show in our error summary and inline,
 * not in the browser's bubbles — and submits without a page load: `onSubmit` does the work.
 */
export function CheckedForm({ onSubmit, children }: { onSubmit: () => unknown; children: ComponentChildren }) {
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      {children}
    </form>
  );
}
