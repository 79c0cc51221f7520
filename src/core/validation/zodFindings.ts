import type { z } from 'zod';
import type { Finding } from '../schemas';

type Segment = PropertyKey;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/**
 * A zod path as a return path: `figures.3.value` becomes `figures.<indicatorId>.value` when the
 * input's figure 3 has a usable indicator id, so findings point where the person can see them.
 */
export function returnPath(path: readonly Segment[], input: unknown): string {
  const parts = path.map((p) => (typeof p === 'symbol' ? p.toString() : String(p)));
  if (path[0] === 'figures' && typeof path[1] === 'number' && isObject(input) && Array.isArray(input['figures'])) {
    const figure: unknown = input['figures'][path[1]];
    const id = isObject(figure) ? figure['indicatorId'] : undefined;
    if (typeof id === 'string' && /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/.test(id) && id.length <= 64) parts[1] = id;
  }
  return parts.join('.');
}

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  string: 'text',
  object: 'a group of fields',
  array: 'a list',
  boolean: 'yes or no',
  int: 'a whole number',
  nonoptional: 'a value',
};

// Messages our schemas set themselves are already plain English; zod's defaults are rephrased.
function plainMessage(issue: z.core.$ZodIssue, where: string, missing: boolean): string {
  const at = where === '' ? 'The return' : `“${where}”`;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.message.startsWith('Invalid input')) {
        if (missing) return `${at} is missing — add it`;
        return `${at} must be ${TYPE_WORDS[issue.expected] ?? issue.expected}${where.endsWith('.value') ? ', or blank' : ''} — correct it`;
      }
      return issue.message;
    case 'unrecognized_keys':
      return `${at} has fields this return does not have (${issue.keys.join(', ')}) — remove them`;
    case 'invalid_value':
      return issue.message.startsWith('Invalid') ? `${at} must be one of: ${issue.values.map(String).join(', ')}` : issue.message;
    default:
      return /^(Invalid|Too (small|big))/.test(issue.message) ? `${at} is not valid: ${lowerFirstChar(issue.message)} — correct it` : issue.message;
  }
}

const lowerFirstChar = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * Each zod issue of a return that failed to parse, as a finding: A1 (types and ranges), or C7 for
 * the seal (declaration not accepted, manager not named). Never throws, whatever the input.
 */
export function zodFindings(error: z.ZodError, input: unknown): Finding[] {
  return error.issues.map((issue) => {
    const path = returnPath(issue.path, input);
    const isSeal = issue.path[0] === 'seal';
    return {
      ruleId: isSeal ? 'C7' : 'A1',
      severity: 'error',
      path,
      message: plainMessage(issue, path, isMissing(input, issue.path)),
      expected: 'expected' in issue ? issue.expected : undefined,
      actual: actualAt(input, issue.path),
    };
  });
}

/** True when the last field of the path is absent from an object that is there. */
function isMissing(input: unknown, path: readonly Segment[]): boolean {
  if (path.length === 0) return input === undefined;
  let v: unknown = input;
  for (const p of path.slice(0, -1)) {
    if (!isObject(v) || typeof p === 'symbol') return false;
    v = (v as Record<string | number, unknown>)[p as string | number];
  }
  const last = path[path.length - 1]!;
  return isObject(v) && typeof last !== 'symbol' && !Object.prototype.hasOwnProperty.call(v, last);
}

/** The offending value, when it is a plain one worth showing (never a whole object). */
function actualAt(input: unknown, path: readonly Segment[]): unknown {
  let v: unknown = input;
  for (const p of path) {
    if (!isObject(v) || typeof p === 'symbol') return undefined;
    v = Object.prototype.hasOwnProperty.call(v, p) ? (v as Record<string | number, unknown>)[p as string | number] : undefined;
  }
  return v === null || ['string', 'number', 'boolean'].includes(typeof v) ? v : undefined;
}
