import { appDb, onDatabaseReplaced } from '../store/appDb';
import { databaseReplaced, startAppState } from './appState';
import { startReturns } from './returnsStart';
import { watchToday } from './today';

/**
 * Starts the recording side of the app on its own database: live state, today's date, and the
 * "reload" prompt when another tab upgrades the database. Returns a function that stops it.
 */
export function startRecording(): () => void {
  const stopState = startAppState(appDb());
  const stopReturns = startReturns(appDb());
  const stopToday = watchToday();
  const stopReplaced = onDatabaseReplaced(() => {
    databaseReplaced.value = true;
  });
  return () => {
    stopReplaced();
    stopToday();
    stopReturns();
    stopState();
  };
}
