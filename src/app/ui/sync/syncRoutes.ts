import { lazyPages } from '../lazyPages';
import type { Route } from '../routes';

// Opened now and then to sync by hand or settle a conflict: not needed to start recording.
const syncPage = lazyPages(() => import('./syncPages'));

/** The sync screens: status and "Sync now", and choosing between two versions of a record. */
export const syncRoutes: Route[] = [
  { path: '/sync', title: 'Sync', view: syncPage('SyncPage') },
  { path: '/sync/conflicts/:seq', title: 'Choose which version to keep', view: syncPage('ConflictPage') },
];
