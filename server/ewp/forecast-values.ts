/**
 * Strict reading of the numbers in EWP files. `Number()` alone would take '' as 0 and '0x1' as 1, and a
 * silently wrong risk is worse than a reported row.
 */

/** What was wrong with a value, e.g. "a probability between 0 and 1". */
export interface Invalid {
  expected: string;
}

/** R's `write.csv` writes a missing value as NA. */
export const MISSING = 'NA';

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function decimal(text: string): number | undefined {
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : undefined;
}

/** A probability, 0 to 1 inclusive. */
export function probability(text: string): number | Invalid {
  const value = decimal(text);
  return value !== undefined && value >= 0 && value <= 1
    ? value
    : { expected: 'a probability between 0 and 1' };
}

/** A whole number of at least `min` (country codes, years, ranks). */
export function wholeNumber(text: string, min: number): number | Invalid {
  const value = decimal(text);
  return value !== undefined && Number.isSafeInteger(value) && value >= min
    ? value
    : { expected: `a whole number of at least ${min}` };
}

/** Like `wholeNumber`, but NA or empty is `undefined` (ranks are optional). */
export function optionalWholeNumber(text: string, min: number): number | undefined | Invalid {
  return text.trim() === '' || text === MISSING ? undefined : wholeNumber(text, min);
}

export function isInvalid(value: unknown): value is Invalid {
  return typeof value === 'object' && value !== null && 'expected' in value;
}
