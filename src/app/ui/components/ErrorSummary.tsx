import { useEffect, useRef } from 'preact/hooks';
import { fieldId, type SummaryItem } from '../../state/form';

/**
 * GOV.UK error summary: at the top of the page, focused after a failed submit, each problem a
 * link to its field. `attempt` goes up with each submit so focus moves every time.
 */
export function ErrorSummary({ items, attempt }: { items: SummaryItem[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = items.length > 0;
  useEffect(() => {
    if (shown && attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (!shown) return null;
  return (
    <div class="app-error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" data-testid="error-summary">
      <h2 class="app-error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <ul class="app-error-summary__list">
        {items.map(({ field, message }) => (
          <li key={field + message}>
            {field ? (
              <a
                href={`#${fieldId(field)}`}
                onClick={(event) => {
                  // Move to the field itself (the router would otherwise treat the link as a page).
                  const target = document.getElementById(fieldId(field));
                  if (!target) return;
                  event.preventDefault();
                  target.focus();
                  target.scrollIntoView({ block: 'center' });
                }}
              >
                {message}
              </a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
