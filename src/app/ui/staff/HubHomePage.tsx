import { useEffect } from 'preact/hooks';
import { checkStaffSession, staffSession } from '../../state/hubSession';
import { navigate } from '../../state/router';
import type { RouteProps } from '../routes';

/** "/hub": signed-in staff go to the returns; everyone else to the sign-in page. */
export function HubHomePage(_props: RouteProps) {
  const session = staffSession.value;
  useEffect(() => {
    if (session === undefined) checkStaffSession().catch(() => navigate('/hub/sign-in', { replace: true }));
    else navigate(session ? '/hub/returns' : '/hub/sign-in', { replace: true });
  }, [session]);
  return (
    <p role="status" class="app-hub-loading">
      Opening the hub pages…
    </p>
  );
}
