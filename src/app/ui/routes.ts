import type { FunctionComponent } from 'preact';
import { hubRoutes } from './staff/hubRoutes';
import { returnsRoutes } from './returns/returnsRoutes';
import { syncRoutes } from './sync/syncRoutes';
import { lazyPages } from './lazyPages';
import { EnrolPage } from './pages/EnrolPage';
import { RecordPage } from './pages/RecordPage';
import { StartPage } from './pages/StartPage';
import { WhoPage } from './pages/WhoPage';

export type RouteProps = { params: Record<string, string> };

export type Route = {
  /** e.g. "/" or "/returns/:id" */
  path: string;
  /** The page's part of the document title. */
  title: string;
  view: FunctionComponent<RouteProps>;
};

// The first screens (start, enrol, who is using, the record forms) are in the start-up script;
// the rest are loaded on first use (see ./lazyPages).
const recordsPage = lazyPages(() => import('./pages/RecordsPage'));
const editRecordPage = lazyPages(() => import('./pages/EditRecordPage'));
const figuresPage = lazyPages(() => import('./pages/FiguresPage'));
const settingsPage = lazyPages(() => import('./pages/SettingsPage'));

/** Every screen of the app; the first whose path matches is shown. */
export const routes: Route[] = [
  { path: '/', title: 'Home', view: StartPage },
  { path: '/enrol', title: 'Set up this device', view: EnrolPage },
  { path: '/who', title: 'Who is using this device', view: WhoPage },
  { path: '/record/:type', title: 'Record', view: RecordPage },
  { path: '/records', title: 'Records', view: recordsPage('RecordsPage') },
  { path: '/records/:type', title: 'Records', view: recordsPage('RecordsPage') },
  { path: '/records/:id/edit', title: 'Change a record', view: editRecordPage('EditRecordPage') },
  { path: '/figures', title: 'Figures', view: figuresPage('FiguresPage') },
  { path: '/settings', title: 'Settings', view: settingsPage('SettingsPage') },
  ...returnsRoutes,
  ...syncRoutes,
  ...hubRoutes,
];
