/**
 * The end of a form: its one primary button (saying what it does, and what it is doing while
 * `busy`) and a Cancel link back to where the person came from.
 */
export function SubmitOrCancel(props: { label: string; busyLabel?: string; busy?: boolean; warning?: boolean; cancel: string; testId?: string }) {
  return (
    <div class="app-button-group">
      <button type="submit" class={`app-button${props.warning ? ' app-button--warning' : ''}`} disabled={props.busy} data-testid={props.testId}>
        {props.busy && props.busyLabel ? props.busyLabel : props.label}
      </button>
      <a href={props.cancel}>Cancel</a>
    </div>
  );
}
