import type { FunctionComponent } from 'preact';
import { hubRoutes } from './staff/hubRoutes';
import { returnsRoutes } from './returns/returnsRoutes';
import { syncRoutes } from './sync/syncRoutes';
import { EditRecordPage } from './pages/EditRecordPage';
import { EnrolPage } from './pages/EnrolPage';
import { FiguresPage } from './pages/FiguresPage';
import { RecordPage } from './pages/RecordPage';
import { RecordsPage } from './pages/RecordsPage';
import { SettingsPage } from './pages/SettingsPage';
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

/** Every screen of the app; the first whose path matches is shown. */
export const routes: Route[] = [
  { path: '/', title: 'Home', view: StartPage },
  { path: '/enrol', title: 'Set up this device', view: EnrolPage },
  { path: '/who', title: 'Who is using this device', view: WhoPage },
  { path: '/record/:type', title: 'Record', view: RecordPage },
  { path: '/records', title: 'Records', view: RecordsPage },
  { path: '/records/:type', title: 'Records', view: RecordsPage },
  { path: '/records/:id/edit', title: 'Change a record', view: EditRecordPage },
  { path: '/figures', title: 'Figures', view: FiguresPage },
  { path: '/settings', title: 'Settings', view: SettingsPage },
  ...returnsRoutes,
  ...syncRoutes,
  ...hubRoutes,
];
