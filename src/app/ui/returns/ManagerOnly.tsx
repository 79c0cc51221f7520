import type { ComponentChildren } from 'preact';
import type { FormContext } from '../../state/forms/fields';
import { WithPerson } from '../pages/WithPerson';
import './returns.css';

/** Returns are for managers (DESIGN §6: only managers seal returns); staff and volunteers are told so. */
export function ManagerOnly({ children }: { children: (ctx: FormContext) => ComponentChildren }) {
  return (
    <WithPerson>
      {(ctx) =>
        ctx.person.role === 'manager' ? (
          children(ctx)
        ) : (
          <>
            <h1 class="app-heading-l">Only managers can see returns</h1>
            <p>Quarterly returns are prepared and sealed by your organisation’s manager. Ask them if you need to know how a return is going.</p>
            <p>
              <a href="/">Go back to recording</a>
            </p>
          </>
        )
      }
    </WithPerson>
  );
}
