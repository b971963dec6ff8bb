/** Reads a bundle JSON file section by section (system.json, network.json). */
import type { z } from 'zod';

/** A JSON file as read back: each section present only when it has its collector's shape. */
export type Sections<S extends Record<string, z.ZodType>> = { [K in keyof S]?: z.infer<S[K]> };

/** Parses each section on its own, so one odd section does not hide the others. */
export function readSections<S extends Record<string, z.ZodType>>(value: unknown, schemas: S): Sections<S> {
  if (value === null || typeof value !== 'object') return {};
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(schemas)) {
    const parsed = schema.safeParse((value as Record<string, unknown>)[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as Sections<S>;
}
