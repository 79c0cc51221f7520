// The sync screens, in one chunk loaded on first visit to /sync (see ./syncRoutes).
export { ConflictPage } from './ConflictPage';
export { SyncPage } from './SyncPage';
