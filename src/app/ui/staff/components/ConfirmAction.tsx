import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { asHubError } from '../useHubData';

/**
 * "Are you sure?" before something that cannot be undone: the heading, what it is about
 * (`children`), a warning, what happens next (`after`), then one warning button and Cancel. The
 * hub's reason shows at the top if it refuses; the button sends once however often it is tapped.
 */
export function ConfirmAction(props: {
  heading: string;
  warning: string;
  after?: ComponentChildren;
  button: string;
  busyButton: string;
  cancel: string;
  act: () => Promise<void>;
  children?: ComponentChildren;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const act = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await props.act();
    } catch (error) {
      setProblem(asHubError(error).message);
      setBusy(false);
    }
  };
  return (
    <>
      {problem && (
        <div class="app-error-summary" role="alert">
          <h2 class="app-error-summary__title">There is a problem</h2>
          <p>{problem}</p>
        </div>
      )}
      <h1 class="app-heading-l">{props.heading}</h1>
      {props.children}
      <div class="app-hub-warning">
        <strong>
          <span class="app-visually-hidden">Warning: </span>
          {props.warning}
        </strong>
      </div>
      {props.after}
      <div class="app-button-group">
        <button type="button" class="app-button app-button--warning" disabled={busy} onClick={() => void act()}>
          {busy ? props.busyButton : props.button}
        </button>
        <a href={props.cancel}>Cancel</a>
      </div>
    </>
  );
}
