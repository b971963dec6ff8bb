/**
 * Reads a Zoom API error response body ({"code":300,"message":"Validation Failed.",
 * "errors":[{"field":"user_info.email","message":"Invalid field."}]}) into the field-level problems
 * the seed says to fix before retrying.
 */
import { z } from 'zod';

const bodySchema = z.object({
  code: z.union([z.number(), z.string()]).optional(),
  message: z.string().optional(),
  errors: z
    .array(z.object({ field: z.string().optional(), message: z.string().optional(), code: z.union([z.number(), z.string()]).optional() }).loose())
    .optional(),
});

/** What Zoom's documented API error codes point to (docs/zoom-facts.md, "Error codes"). */
export const API_ERROR_CODE_HINTS: Readonly<Record<string, string>> = {
  '300': 'Validation failed: fix the fields listed below (or the JSON syntax) before sending the request again.',
  '124': 'Invalid access token: get a new token before retrying.',
  '4700': 'Invalid token or missing scopes: check the app\u2019s scopes and the token.',
};

export interface ApiFieldProblem {
  field: string;
  message: string;
}

export type ApiErrorBodyReading =
  | { ok: true; code: string | null; message: string | null; fieldProblems: ApiFieldProblem[]; hint: string }
  | { ok: false; reason: string };

/** Parses a pasted response body; never throws. */
export function parseApiErrorBody(text: string): ApiErrorBodyReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'Paste the response body the API returned.' };
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    return { ok: false, reason: 'This is not valid JSON: paste the whole response body, from the first { to the last }.' };
  }
  const body = bodySchema.safeParse(json);
  if (!body.success || (body.data.code === undefined && body.data.message === undefined && !body.data.errors)) {
    return { ok: false, reason: 'This JSON does not look like a Zoom error body (no code, message or errors).' };
  }
  const code = body.data.code === undefined ? null : String(body.data.code);
  const fieldProblems = (body.data.errors ?? []).map((e) => ({ field: e.field ?? '(no field named)', message: e.message ?? '(no message)' }));
  const hint =
    (code && API_ERROR_CODE_HINTS[code]) ??
    (fieldProblems.length > 0 ? 'Fix the fields listed below before sending the request again.' : 'Read the message, change the request accordingly, then retry once.');
  return { ok: true, code, message: body.data.message ?? null, fieldProblems, hint };
}
