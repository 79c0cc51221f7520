import type { RouteProps } from './routes';

/** What the app is for. Replaced by setting up the device and recording once those exist. */
export function HomePage(_props: RouteProps) {
  return (
    <>
      <h1 class="app-heading-l">Send your consortium monitoring returns</h1>
      <p class="app-lead">
        Consortium Returns is how member organisations record their work and send quarterly monitoring returns
        to the consortium hub: on time, complete and accurate.
      </p>
      <h2 class="app-heading-m">What you will use it for</h2>
      <ul class="app-list app-list--bullet">
        <li>contacts and sessions with clients</li>
        <li>outcomes your clients achieve</li>
        <li>volunteer hours</li>
        <li>spend against your budget lines</li>
        <li>signing off your quarterly return and answering questions from the hub</li>
      </ul>
      <h2 class="app-heading-m">Working without an internet connection</h2>
      <p>
        Once you have opened it, the app still opens when you have no internet connection. The bar at the top of
        the screen shows whether you are online or offline.
      </p>
      <h2 class="app-heading-m">Add it to your home screen</h2>
      <p>
        To open it like any other app, choose <strong>Install</strong> or <strong>Add to home screen</strong> in
        your browser’s menu.
      </p>
    </>
  );
}
