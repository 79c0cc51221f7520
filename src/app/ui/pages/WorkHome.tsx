import { quarterLabel } from '../../../core/time';
import type { FormContext } from '../../state/forms/fields';
import { RECORD_KINDS, kindsFor } from '../../state/kinds';
import { currentQuarter } from '../../state/today';
import { NoticeBanner } from '../components/NoticeBanner';
import { FiguresTables } from './FiguresTables';

/** What to record, one tap each, and how the quarter is filling up. */
export function WorkHome({ ctx }: { ctx: FormContext }) {
  const kinds = kindsFor(ctx.person.role);
  return (
    <>
      <NoticeBanner />
      <span class="app-caption">{ctx.reference.members.find((m) => m.id === ctx.memberId)?.name}</span>
      <h1 class="app-heading-l">What do you want to record?</h1>
      <ul class="app-choice-list">
        {kinds.map((type) => (
          <li key={type}>
            <a class="app-choice-list__link" href={`/record/${type}`}>
              {type === 'volunteer-hours' && ctx.person.role === 'volunteer' ? 'Log your volunteer hours' : RECORD_KINDS[type].one}
              <span class="app-choice-list__hint">{RECORD_KINDS[type].hint}</span>
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href={`/records/${kinds[0]}`}>{ctx.person.role === 'volunteer' ? 'See the hours you have logged' : 'See this quarter’s records'}</a>
      </p>
      {ctx.person.role !== 'volunteer' && (
        <>
          <h2 class="app-heading-m">{quarterLabel(currentQuarter.value)} so far</h2>
          <FiguresTables headingLevel={3} />
        </>
      )}
    </>
  );
}
