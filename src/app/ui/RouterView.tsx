import { useEffect, useRef } from 'preact/hooks';
import { currentPath, matchPath } from '../state/router';
import { NotFoundPage } from './NotFoundPage';
import type { Route } from './routes';

const SERVICE_NAME = 'Consortium Returns';

/** Shows the screen for the current path, sets the title, and moves focus on page changes. */
export function RouterView({ routes }: { routes: Route[] }) {
  const path = currentPath.value;
  let found: { route: Route; params: Record<string, string> } | undefined;
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params) {
      found = { route, params };
      break;
    }
  }
  const title = found ? found.route.title : 'Page not found';
  const firstRender = useRef(true);

  useEffect(() => {
    document.title = `${title} – ${SERVICE_NAME}`;
    // After an in-app navigation, screen reader and keyboard users start at the new content,
    // as they would after a full page load. Not on the first load: the browser handles that.
    if (firstRender.current) firstRender.current = false;
    else document.getElementById('main-content')?.focus();
  }, [path, title]);

  if (!found) return <NotFoundPage params={{}} />;
  const View = found.route.view;
  return <View params={found.params} />;
}
