import { currentPath } from '../state/router';

export function Footer() {
  // The way between the member app and the hub staff pages, in both directions.
  const inHub = currentPath.value === '/hub' || currentPath.value.startsWith('/hub/');
  return (
    <footer class="app-footer">
      <div class="app-width-container">
        <p class="app-footer__meta">
          Consortium Returns <span class="app-footer__version">Version {__APP_VERSION__}</span>
        </p>
        <p class="app-footer__links">{inHub ? <a href="/">Member app</a> : <a href="/hub/sign-in">Hub staff sign in</a>}</p>
      </div>
    </footer>
  );
}
