/**
 * Reads a numeric flag value ("--max-file-mb 20") with a one-line error naming the flag.
 */
import { UsageError } from './usage-error.js';

// Plain decimal text: Number() would also take "1e-9", "0x10", "Infinity" and blanks.
const PLAIN_DECIMAL = /^\d{1,9}(\.\d{1,3})?$/;

/** The value as a number in (0, max], written as a plain decimal (up to 3 places); undefined when the flag was not given. */
export function parsePositiveNumber(flag: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value.trim());
  if (!PLAIN_DECIMAL.test(value.trim()) || number <= 0) {
    throw new UsageError(`${flag}: expected a plain decimal number greater than 0 (like 20 or 0.5), got "${value}"`);
  }
  if (number > max) throw new UsageError(`${flag}: ${value} is more than the limit of ${max}`);
  return number;
}
