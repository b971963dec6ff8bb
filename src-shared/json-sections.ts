/** Reads a bundle JSON file section by section (system.json, network.json). */
import type { z } from 'zod';

/** Parses each section on its own, so one odd section does not hide the others. */
export function readSections(value: unknown, schemas: Record<string, z.ZodType>): Record<string, unknown> {
  if (value === null || typeof value !== 'object') return {};
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(schemas)) {
    const parsed = schema.safeParse((value as Record<string, unknown>)[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return out;
}
