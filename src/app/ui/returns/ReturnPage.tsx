import { useState } from 'preact/hooks';
import { describeDate } from '../../../core/time';
import { abandonNewVersion, startReturn } from '../../state/returnsActions';
import { returnsData } from '../../state/returnsData';
import { navigate } from '../../state/router';
import { returnTasks } from '../../state/returnsTasks';
import { StoreError } from '../../store/errors';
import { NoticeBanner } from '../components/NoticeBanner';
import type { RouteProps } from '../routes';
import { FindingList } from './FindingList';
import { HubChecks } from './HubChecks';
import { ManagerOnly } from './ManagerOnly';
import { ReturnContent } from './ReturnContent';
import { NoSuchReturn } from './ReturnFrame';
import { ReturnQueries } from './ReturnQueries';
import { ReturnStatusBanners } from './ReturnStatusBanners';
import { StateTag } from './StateTag';
import { Timeliness } from './Timeliness';
import { useReturnWork } from './useReturnWork';
import { BackLink } from '../components/BackLink';

/** One return: where it stands, the task list of its draft with the live check, queries, and what to do next. */
export function ReturnPage({ params }: RouteProps) {
  const work = useReturnWork(params.subContractId ?? '', params.quarter ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <ManagerOnly>
      {() => {
        const summary = work.summary.value;
        if (!summary) return <NoSuchReturn />;
        const basis = work.basis.value;
        const check = work.check.value;
        const draft = work.editor.draft.value;
        const data = returnsData.value;
        const start = async (then?: string) => {
          setBusy(true);
          setError(null);
          try {
            await startReturn(summary.subContract.id, summary.quarter);
            if (then) navigate(then);
          } catch (e) {
            setError(e instanceof StoreError ? e.message : `The return could not be started: ${String(e)}`);
          } finally {
            setBusy(false);
          }
        };
        const pendingExtension = summary.extensions.find((e) => e.state === 'requested');
        const decided = summary.extensions.filter((e) => e.state !== 'requested');
        return (
          <>
            <BackLink href="/returns">Your returns</BackLink>
            <NoticeBanner />
            <span class="app-caption">{summary.subContract.name}</span>
            <h1 class="app-heading-l">{summary.quarterLabel} return</h1>
            <p>
              <StateTag summary={summary} />
              {draft && draft.version > 1 ? ` Version ${draft.version}` : ''}
            </p>
            <Timeliness summary={summary} />
            {error && (
              <p class="app-error-message" role="alert">
                {error}
              </p>
            )}
            <ReturnStatusBanners summary={summary} />
            <ReturnQueries summary={summary} basis={basis} answers={data?.answers ?? []} waiting={data?.waiting ?? new Map()} />
            <HubChecks summary={summary} />
            {summary.canResubmit && (
              <>
                <p>To change figures, make a new version of the return: check it and seal it again, and it replaces this one at the hub.</p>
                <button type="button" class={`app-button${summary.stage === 'queried' ? '' : ' app-button--secondary'}`} disabled={busy} onClick={() => start(`${summary.href}/figures`)}>
                  Change figures and resubmit
                </button>
              </>
            )}
            {summary.stage === 'not started' && (
              <>
                <p>The figures are filled in from your records for this quarter. You can save and come back at any time, offline too.</p>
                <button type="button" class="app-button app-button--start" disabled={busy} onClick={() => start()} data-testid="start-return">
                  Start this return
                </button>
              </>
            )}
            {draft && check && basis && (
              <>
                <h2 class="app-heading-m">Prepare the return</h2>
                <p data-testid="completeness">
                  Completeness: <strong>{Math.round(check.completeness.score * 100)}%</strong> ({check.completeness.present} of {check.completeness.required} required
                  items)
                </p>
                <ul class="app-task-list" data-testid="task-list">
                  {returnTasks(draft, check, basis.template.financeLines.length > 0, basis.template.narrative.length > 0).map((task) => (
                    <li key={task.section} class="app-task-list__item">
                      <span class="app-task-list__name">
                        <a href={`${summary.href}/${task.section}`} aria-describedby={`task-${task.section}`}>
                          {task.title}
                        </a>
                        <span class="app-task-list__hint">{task.hint}</span>
                      </span>
                      <span class="app-task-list__status" id={`task-${task.section}`}>
                        {task.status.tag ? <strong class={`app-tag app-tag--${task.status.tag}`}>{task.status.text}</strong> : task.status.text}
                      </span>
                    </li>
                  ))}
                </ul>
                {draft.version > 1 && (
                  <p>
                    <button type="button" class="app-link-button" onClick={() => void abandonNewVersion(summary.key)} data-testid="abandon-version">
                      Stop changing the return and keep version {draft.version - 1} as it was sent
                    </button>
                  </p>
                )}
                {(check.errors.length > 0 || check.unexplained.length > 0) && (
                  <section aria-labelledby="live-check-title" data-testid="live-check">
                    <h2 class="app-heading-m" id="live-check-title">
                      To put right before sealing
                    </h2>
                    <FindingList findings={[...check.errors, ...check.unexplained]} returnHref={summary.href} basis={basis} />
                  </section>
                )}
              </>
            )}
            {!draft && summary.latest && basis && summary.latest.seal && (
              <details class="app-details">
                <summary class="app-details__summary">What version {summary.latest.version} said</summary>
                <div class="app-details__text">
                  <ReturnContent ret={summary.latest} basis={basis} />
                </div>
              </details>
            )}
            {(summary.stage === 'not started' || summary.stage === 'draft' || summary.extensions.length > 0) && !summary.locked && (
              <section aria-labelledby="extension-title">
                <h2 class="app-heading-m" id="extension-title">
                  More time
                </h2>
                {decided.map((e) => (
                  <p key={e.id} data-testid={`extension-${e.state}`}>
                    {e.state === 'granted'
                      ? `The hub granted an extension to ${describeDate(e.grantedDueDate!)}.`
                      : 'The hub declined your request for an extension.'}
                    {e.decisionReason && ` They said: “${e.decisionReason}”`}
                  </p>
                ))}
                {pendingExtension && (
                  <p data-testid="extension-requested">
                    You asked for an extension to {describeDate(pendingExtension.requestedDueDate)}. The hub has not answered yet.
                  </p>
                )}
                {!pendingExtension && (summary.stage === 'not started' || summary.stage === 'draft') && (
                  <p>
                    <a href={`${summary.href}/extension`}>Ask the hub for an extension</a>
                  </p>
                )}
              </section>
            )}
          </>
        );
      }}
    </ManagerOnly>
  );
}
