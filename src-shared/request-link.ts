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

/** The host of a mailto: address or https:// page as written, or null when it has none. */
function returnHost(value: string): string | null {
  const mail = /^mailto:[^\s@]+@([^\s@?#/]+)$/i.exec(value);
  if (mail) return mail[1]!;
  const page = /^https:\/\/(?:[^\s@/?#]*@)?([^\s/?#:]+)/i.exec(value);
  return page ? page[1]! : null;
}

/** The host in the form DNS uses (punycode for an international name), or null when it is no host name. */
function asciiHost(host: string): string | null {
  try {
    return new URL(`https://${host}/`).hostname;
  } catch {
    return null;
  }
}

/** Where the user is told to send the bundle: an email address or a web page on a valid host, nothing else. */
const returnToSchema = z
  .string()
  .max(500)
  .refine((value) => /^(mailto:[^\s@]+@[^\s@]+|https:\/\/[^\s]+)$/i.test(value), { message: 'must be a mailto: address or an https:// page' })
  .refine((value) => asciiHost(returnHost(value) ?? '') !== null, { message: 'has no valid host name' });

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
  // Plain decimal text only ("72", "1.5"): no exponents, hex or blanks, which Number() would take.
  logWindowHours: z
    .string()
    .regex(/^\d{1,5}(\.\d{1,3})?$/, { message: 'expected a plain decimal number of hours, e.g. 48' })
    .transform(Number)
    .pipe(z.number().positive().max(24 * 366))
    .optional(),
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

/**
 * The query's fields, decoded strictly: a malformed escape ("%zz", "%C3%28") is refused rather than
 * passed through as it is (URLSearchParams keeps it silently), and so is a field given twice, since
 * a reader that takes the other copy would see a different request.
 */
function queryFields(search: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue;
    const [rawName = '', ...rest] = pair.split('=');
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      value = decodeURIComponent(rest.join('=').replace(/\+/g, ' '));
    } catch {
      throw new RequestLinkError(`${Object.hasOwn(QUERY_NAMES, rawName) ? rawName : 'link'}: bad percent-encoding`);
    }
    // Own names only: "constructor" or "__proto__" in a link is no field of ours.
    const field = Object.hasOwn(QUERY_NAMES, name) ? QUERY_NAMES[name] : undefined;
    if (!field) continue;
    if (field in fields) throw new RequestLinkError(`${name}: given more than once`);
    fields[field] = value;
  }
  return fields;
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
  const fields = queryFields(url.search);
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

/**
 * Where to send the bundle, for a person to read: an international host name is shown with its
 * punycode form beside it ("help@exаmple.com (host xn--exmple-4nf.com)"), so a look-alike letter
 * from another alphabet cannot pass for the real domain.
 */
export function returnToDisplay(returnTo: string): string {
  const shown = returnTo.replace(/^mailto:/i, '');
  const host = returnHost(returnTo);
  const ascii = host ? asciiHost(host) : null;
  return ascii && host && ascii !== host.toLowerCase() ? `${shown} (host ${ascii})` : shown;
}

/** The first request link among command-line arguments (how Windows and Linux hand a deep link to the app). */
export function requestLinkFromArgv(argv: readonly string[]): string | null {
  return argv.find((arg) => arg.toLowerCase().startsWith(REQUEST_LINK_SCHEME)) ?? null;
}
