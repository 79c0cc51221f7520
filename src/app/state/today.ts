import { computed, signal } from '@preact/signals';
import { type LocalDate, type QuarterId, londonDateOf, quarterOf } from '../../core/time';

/** Today's date in London (DESIGN §2: times are Europe/London). */
export function londonToday(now: Date = new Date()): LocalDate {
  return londonDateOf(now.toISOString());
}

/** Today, kept current while the app stays open past midnight. */
export const today = signal<LocalDate>(londonToday());
export const currentQuarter = computed<QuarterId>(() => quarterOf(today.value));

/** Checks the date every minute. Returns a function that stops. */
export function watchToday(): () => void {
  const timer = setInterval(() => {
    const now = londonToday();
    if (now !== today.value) today.value = now;
  }, 60_000);
  return () => clearInterval(timer);
}
