import { quarterLabel } from '../../../core/time';
import { currentQuarter } from '../../state/today';
import type { RouteProps } from '../routes';
import { FiguresTables } from './FiguresTables';
import { WithPerson } from './WithPerson';

export function FiguresPage(_props: RouteProps) {
  return (
    <WithPerson>
      {(ctx) =>
        ctx.person.role === 'volunteer' ? (
          <>
            <h1 class="app-heading-l">Figures</h1>
            <p>Figures for the whole organisation are for staff and managers.</p>
          </>
        ) : (
          <>
            <span class="app-caption">{quarterLabel(currentQuarter.value)}</span>
            <h1 class="app-heading-l">How the quarter is going</h1>
            <p>Running totals from the records on this device, against your profile. They update as you record.</p>
            <FiguresTables />
          </>
        )
      }
    </WithPerson>
  );
}
