import { isEnrolled, stateLoaded } from '../../state/appState';
import { HomePage } from '../HomePage';
import type { RouteProps } from '../routes';
import { WithPerson } from './WithPerson';
import { WorkHome } from './WorkHome';

/**
 * "/": on a device that is not enrolled, what the app is for and how to start; once enrolled,
 * straight to work (offline too).
 */
export function StartPage(_props: RouteProps) {
  if (stateLoaded.value && !isEnrolled.value) {
    return (
      <>
        <HomePage params={{}} />
        <h2 class="app-heading-m">Start using this device</h2>
        <p>You need an enrolment code from your consortium hub and an internet connection, once.</p>
        <a href="/enrol" class="app-button app-button--start" data-testid="start-enrol">
          Set up this device
        </a>
      </>
    );
  }
  return <WithPerson>{(ctx) => <WorkHome ctx={ctx} />}</WithPerson>;
}
