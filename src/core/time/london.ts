import { type Instant, instantFromMs, instantToMs } from './instant';
import { type LocalDate, addDays, formatLocalDate, toDayNumber } from './localDate';

// Times are Europe/London (DESIGN §2). The engine's time-zone database (Intl) knows when BST
// starts and ends, in the browser and in Node alike, so no summer-time table is kept here.
let formatter: Intl.DateTimeFormat | undefined;

function londonFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return formatter;
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function londonWallClock(ms: number): WallClock {
  const wall: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of londonFormatter().formatToParts(ms)) {
    if (part.type in wall) wall[part.type as keyof WallClock] = Number(part.value);
  }
  return wall;
}

/** London's offset from UTC at a moment, in ms: 0 in winter (GMT), 3,600,000 in summer (BST). */
export function londonOffsetMs(ms: number): number {
  const w = londonWallClock(ms);
  const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wallAsUtc - Math.floor(ms / 1000) * 1000;
}

/** The calendar date in London at a moment: 2026-07-14T23:10:00Z is 15 July in London (BST). */
export function londonDateOf(instant: Instant): LocalDate {
  const w = londonWallClock(instantToMs(instant));
  return formatLocalDate({ year: w.year, month: w.month, day: w.day });
}

/** The London wall-clock time of a moment as 'HH:MM' (for messages such as "received at 23:30"). */
export function londonTimeOf(instant: Instant): string {
  const w = londonWallClock(instantToMs(instant));
  return `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
}

/** The first moment of a London day (00:00:00.000 London). */
export function londonStartOfDay(date: LocalDate): Instant {
  const utcMidnight = toDayNumber(date) * 86_400_000;
  // UK clocks change at 01:00 UTC, never at midnight, so London midnight always exists once;
  // a second look settles the offset if the first guess straddled a change.
  const firstGuess = utcMidnight - londonOffsetMs(utcMidnight);
  return instantFromMs(utcMidnight - londonOffsetMs(firstGuess));
}

/**
 * The last moment of a London day: 23:59:59.999 London (22:59:59.999Z in BST, 23:59:59.999Z in
 * GMT). A deadline "by the due date" is met by anything received on that London date, so the
 * due moment is the last millisecond before the next London day starts; compare with ≤.
 */
export function londonEndOfDay(date: LocalDate): Instant {
  return instantFromMs(instantToMs(londonStartOfDay(addDays(date, 1))) - 1);
}
