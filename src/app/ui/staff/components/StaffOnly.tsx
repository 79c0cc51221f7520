import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { HubApiError } from '../../../hub-api';
import { checkStaffSession, staffSession } from '../../../state/hubSession';
import { navigate } from '../../../state/router';
import { NoticeBanner } from '../../components/NoticeBanner';
import { asHubError } from '../useHubData';
import { HubNav } from './HubNav';

/**
 * Hub staff pages only: asks the hub who is signed in, sends everyone else to the sign-in page
 * (coming back here afterwards), and puts the hub's navigation above the page.
 */
export function StaffOnly({ children }: { children: ComponentChildren }) {
  const session = staffSession.value;
  const [problem, setProblem] = useState<HubApiError | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (session !== undefined) return;
    setProblem(null);
    checkStaffSession().catch((error: unknown) => setProblem(asHubError(error)));
  }, [session, round]);

  useEffect(() => {
    if (session !== null) return;
    const here = location.pathname + location.search;
    navigate(`/hub/sign-in?next=${encodeURIComponent(here)}`, { replace: true });
  }, [session]);

  if (problem) {
    return (
      <div class="app-hub-problem" role="alert">
        <h1 class="app-heading-l">Sorry, the hub cannot be reached</h1>
        <p>{problem.message}</p>
        <button type="button" class="app-button" onClick={() => setRound((n) => n + 1)}>
          Try again
        </button>
      </div>
    );
  }
  if (!session) {
    return (
      <p role="status" class="app-hub-loading">
        Checking you are signed in…
      </p>
    );
  }
  return (
    <div class="app-hub">
      <HubNav session={session} />
      <NoticeBanner />
      {children}
    </div>
  );
}
