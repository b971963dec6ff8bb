/**
 * Help-desk request links: a help desk sends a link that pre-fills the ticket and the questions
 * and says where the bundle goes. The same link works in the app (deep link) and in the CLI
 * (`zpb collect --request-link URL`).
 *
 *   zoom-phone-bundle://collect?ticket=INC-1042&helpdesk=IT%20Service%20Desk
 *     &return=mailto:servicedesk@example.com&action=dialing&scope=only-me&network=vpn
 *     &redaction=strict&probes=1&logWindowHours=72
 *
 * Every field but `ticket` is optional; unknown fields are ignored so older apps accept newer links.
 */
import { z } from 'zod';
import { redactionProfileSchema } from './bundle-manifest.js';
import { failedActionSchema, networkSchema, scopeSchema } from './incident-report.js';

/** The URL scheme the desktop app registers for request links. */
export const REQUEST_LINK_SCHEME = 'zoom-phone-bundle:';

/** Where the user is told to send the bundle: an email address or a web page, nothing else. */
const returnToSchema = z
  .string()
  .max(500)
  .refine((value) => /^(mailto:[^\s@]+@[^\s@]+|https:\/\/[^\s]+)$/i.test(value), { message: 'must be a mailto: address or an https:// page' });

const booleanFlag = z.enum(['1', '0', 'true', 'false', 'yes', 'no']).transform((v) => v === '1' || v === 'true' || v === 'yes');

/** A parsed request, as it travels between main and the renderer. */
export const requestLinkSchema = z.object({
  ticket: z.string().trim().min(1).max(200),
  helpdesk: z.string().trim().max(120).optional(),
  returnTo: returnToSchema.optional(),
  action: failedActionSchema.optional(),
  scope: scopeSchema.optional(),
  network: networkSchema.optional(),
  redaction: redactionProfileSchema.exclude(['none']).optional(),
  probes: z.boolean().optional(),
  logWindowHours: z.number().positive().max(24 * 366).optional(),
  /** The help desk asks an admin: the app also offers admin-level choices (portal edits, API automation, site migration). */
  admin: z.boolean().optional(),
});
export type RequestLink = z.output<typeof requestLinkSchema>;

/** The same fields as query-string text: flags and numbers arrive as strings. */
const requestQuerySchema = requestLinkSchema.extend({
  probes: booleanFlag.optional(),
  logWindowHours: z.coerce.number().positive().max(24 * 366).optional(),
  admin: booleanFlag.optional(),
});

/** Link query names -> schema fields (the link uses short, readable names). */
const QUERY_NAMES: Readonly<Record<string, keyof RequestLink>> = {
  ticket: 'ticket',
  helpdesk: 'helpdesk',
  return: 'returnTo',
  action: 'action',
  scope: 'scope',
  network: 'network',
  redaction: 'redaction',
  probes: 'probes',
  logWindowHours: 'logWindowHours',
  admin: 'admin',
};

/** A link that could not be read, with a one-line reason naming the field. */
export class RequestLinkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RequestLinkError';
  }
}

/** Parses a request link; throws RequestLinkError with a one-line reason. */
export function parseRequestLink(link: string): RequestLink {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    throw new RequestLinkError('not a link');
  }
  if (url.protocol !== REQUEST_LINK_SCHEME && url.protocol !== 'https:') {
    throw new RequestLinkError(`links must start with ${REQUEST_LINK_SCHEME}// or https://`);
  }
  const fields: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    const field = QUERY_NAMES[name];
    if (field && !(field in fields)) fields[field] = value;
  }
  const parsed = requestQuerySchema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? 'link');
    const name = Object.entries(QUERY_NAMES).find(([, f]) => f === field)?.[0] ?? field;
    throw new RequestLinkError(`${name}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** The manifest's `request` record: what the help desk asked, never anything the user typed. */
export function requestRecord(request: RequestLink): Record<string, string> {
  return {
    ticket: request.ticket,
    ...(request.helpdesk ? { helpdesk: request.helpdesk } : {}),
    ...(request.returnTo ? { returnTo: request.returnTo } : {}),
  };
}

/** The first request link among command-line arguments (how Windows and Linux hand a deep link to the app). */
export function requestLinkFromArgv(argv: readonly string[]): string | null {
  return argv.find((arg) => arg.toLowerCase().startsWith(REQUEST_LINK_SCHEME)) ?? null;
}
