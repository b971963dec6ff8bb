/**
 * Turns a zod error into one line naming the offending field (or flag) and what was wrong.
 */
import type { z } from 'zod';

/** First issue of a zod error as "<name>: <message>", with field paths mapped to flag names where given. */
export function zodMessage(error: z.ZodError, names: Readonly<Record<string, string>> = {}): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid input';
  const field = issue.path.join('.');
  const name = names[field] ?? (field || 'input');
  return `${name}: ${issue.message}`;
}
