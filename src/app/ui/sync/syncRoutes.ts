import type { Route } from '../routes';
import { ConflictPage } from './ConflictPage';
import { SyncPage } from './SyncPage';

/** The sync screens: status and "Sync now", and choosing between two versions of a record. */
export const syncRoutes: Route[] = [
  { path: '/sync', title: 'Sync', view: SyncPage },
  { path: '/sync/conflicts/:seq', title: 'Choose which version to keep', view: ConflictPage },
];
