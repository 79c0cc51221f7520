/**
 * Text-format parsers by PostgreSQL type OID, given to both drivers so that the same SQL gives
 * the same JavaScript values. Without them pg returns int8 as a string and PGlite as a number,
 * and both turn a date into a Date at some midnight, which shifts days across time zones.
 */
const INT8 = 20;
const DATE = 1082;
const DATE_ARRAY = 1182;

export const TYPE_PARSERS: Record<number, (value: string) => unknown> = {
  // count(*) and sums of pence are int8; they stay far below 2^53.
  [INT8]: (value) => Number(value),
  // A calendar date stays a 'YYYY-MM-DD' string: quarters and due dates are dates, not instants.
  [DATE]: (value) => value,
  [DATE_ARRAY]: (value) => (value === '{}' ? [] : value.slice(1, -1).split(',')),
};
