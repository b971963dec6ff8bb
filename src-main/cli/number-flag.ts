/**
 * Reads a numeric flag value ("--max-file-mb 20") with a one-line error naming the flag.
 */
import { UsageError } from './usage-error.js';

/** The value as a number in (0, max]; undefined when the flag was not given. */
export function parsePositiveNumber(flag: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0) {
    throw new UsageError(`${flag}: expected a number greater than 0, got "${value}"`);
  }
  if (number > max) throw new UsageError(`${flag}: ${value} is more than the limit of ${max}`);
  return number;
}
