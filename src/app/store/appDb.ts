import { APP_DB_NAME, AppDb } from './db';

let instance: AppDb | undefined;
const replacedListeners = new Set<() => void>();

/**
 * The app's one database, opened on first use. When another tab opens a newer version of the
 * app, it needs to upgrade the database: this tab closes it at once (so the upgrade is not
 * blocked) and tells its listeners, who ask the person to reload.
 */
export function appDb(): AppDb {
  if (!instance) {
    const db = new AppDb(APP_DB_NAME);
    watchVersionChange(db, () => {
      for (const listener of [...replacedListeners]) listener();
    });
    instance = db;
  }
  return instance;
}

/** Calls `listener` when another tab upgrades the database and this tab has closed it. */
export function onDatabaseReplaced(listener: () => void): () => void {
  replacedListeners.add(listener);
  return () => replacedListeners.delete(listener);
}

/** Closes `db` when another connection asks to upgrade it, then calls `onClosed`. */
export function watchVersionChange(db: AppDb, onClosed: () => void): void {
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    onClosed();
    return false; // we closed it ourselves
  });
}
