import type { AppDb } from '../store/db';
import { flushAllDrafts } from './returnsDraft';
import { startReturnsState } from './returnsData';
import { watchReturnsClock } from './returnsList';

/**
 * Starts the returns side of the app: the returns tables followed as signals, the clock for
 * due dates, and saving drafts when the page is hidden or closed (a reload loses nothing typed).
 * Returns a function that stops it.
 */
export function startReturns(db: AppDb): () => void {
  const stopState = startReturnsState(db);
  const stopClock = watchReturnsClock();
  const onHide = () => {
    void flushAllDrafts();
  };
  const target = typeof window === 'undefined' ? null : window;
  target?.addEventListener('pagehide', onHide);
  target?.document.addEventListener('visibilitychange', onHide);
  return () => {
    target?.removeEventListener('pagehide', onHide);
    target?.document.removeEventListener('visibilitychange', onHide);
    stopClock();
    stopState();
  };
}
