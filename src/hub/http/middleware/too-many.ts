import type { Context } from 'hono';
import { PROBLEMS, problemResponse } from '../problems';

type TooMany = 'tooManySignInAttempts' | 'tooManyEnrolAttempts' | 'tooManyRequests';

/** A 429 problem with Retry-After, in whole seconds, which clients wait before trying again. */
export function tooManyResponse(c: Context, kind: TooMany, retryAfterSeconds: number, detail: string): Response {
  c.header('Retry-After', String(retryAfterSeconds));
  return problemResponse(c, PROBLEMS[kind], `${detail} Try again in ${describeWait(retryAfterSeconds)}.`);
}

function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}
