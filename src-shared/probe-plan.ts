/**
 * The network probe plan: which hosts and ports to test, how, and what to expect. The shipped
 * default (assets/probe-plan.default.json) and any `--probe-plan FILE` are validated by this schema.
 */
import { z } from 'zod';

const portSchema = z.number().int().min(1).max(65535);

/** Fields every target has. */
const targetBase = {
  /** Stable name used in results, progress and triage (letters, digits, . _ -). */
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'use letters, digits, ".", "_" or "-"'),
  host: z.string().min(1).max(253),
  /** This probe's own limit; the overall deadline may cut it shorter. */
  timeoutMs: z.number().int().min(50).max(60_000).default(4000),
  /** A failure of a required target is named in the summary as a problem. */
  required: z.boolean().default(true),
  /** True when no primary source confirms this host (docs/zoom-facts.md): results say so. */
  unconfirmed: z.boolean().default(false),
  note: z.string().max(500).optional(),
};

/** A/AAAA lookup; `resolver` ("ip" or "ip:port") replaces the system's resolvers. */
export const dnsTargetSchema = z.strictObject({
  ...targetBase,
  kind: z.literal('dns'),
  resolver: z.string().min(1).optional(),
});

/** A TCP connect. */
export const tcpTargetSchema = z.strictObject({ ...targetBase, kind: z.literal('tcp'), port: portSchema });

/** A TLS handshake, checking protocol, validity and who issued the chain. */
export const tlsTargetSchema = z.strictObject({
  ...targetBase,
  kind: z.literal('tls'),
  port: portSchema.default(443),
  /** SNI name when it differs from host (e.g. host is an IP address). */
  servername: z.string().min(1).optional(),
  expect: z
    .strictObject({
      /** Issuer names (CN or O, case-insensitive substring) a genuine chain ends at; empty = not checked. */
      issuers: z.array(z.string().min(1)).default([]),
      minProtocol: z.enum(['TLSv1.2', 'TLSv1.3']).default('TLSv1.2'),
    })
    .default({ issuers: [], minProtocol: 'TLSv1.2' }),
});

/** An RFC 5389 STUN Binding Request over UDP. */
export const stunTargetSchema = z.strictObject({ ...targetBase, kind: z.literal('stun'), port: portSchema.default(3478) });

const httpFields = {
  scheme: z.enum(['http', 'https']).default('https'),
  port: portSchema.optional(),
  path: z.string().startsWith('/').default('/'),
};

/** An HTTP GET, direct and (when a proxy is configured) through it with CONNECT. */
export const httpTargetSchema = z.strictObject({
  ...targetBase,
  kind: z.literal('http'),
  ...httpFields,
  expect: z.strictObject({ status: z.array(z.number().int().min(100).max(599)).min(1) }).optional(),
});

/** Zoom's public service status (Statuspage summary JSON). */
export const statusTargetSchema = z.strictObject({
  ...targetBase,
  kind: z.literal('status'),
  ...httpFields,
  path: z.string().startsWith('/').default('/api/v2/summary.json'),
  /** Components whose name (or group's name) contains this are the Zoom Phone ones. */
  expect: z.strictObject({ component: z.string().min(1).default('Phone') }).default({ component: 'Phone' }),
});

/** A UDP port range that cannot be proven open without a peer: reported, never opened. */
export const udpRangeTargetSchema = z
  .strictObject({
    ...targetBase,
    kind: z.literal('udp-range'),
    port: portSchema,
    portEnd: portSchema,
    reason: z.string().min(1).default('needs a peer on the far side; not testable from this machine'),
  })
  .refine((t) => t.portEnd >= t.port, { path: ['portEnd'], message: 'must not be below port' });

export const probeTargetSchema = z.discriminatedUnion('kind', [
  dnsTargetSchema,
  tcpTargetSchema,
  tlsTargetSchema,
  stunTargetSchema,
  httpTargetSchema,
  statusTargetSchema,
  udpRangeTargetSchema,
]);
export type ProbeTarget = z.infer<typeof probeTargetSchema>;
export type ProbeKind = ProbeTarget['kind'];
export type DnsTarget = z.infer<typeof dnsTargetSchema>;
export type TcpTarget = z.infer<typeof tcpTargetSchema>;
export type TlsTarget = z.infer<typeof tlsTargetSchema>;
export type StunTarget = z.infer<typeof stunTargetSchema>;
export type HttpTarget = z.infer<typeof httpTargetSchema>;
export type StatusTarget = z.infer<typeof statusTargetSchema>;
export type UdpRangeTarget = z.infer<typeof udpRangeTargetSchema>;

/** The plan file. */
export const probePlanSchema = z
  .strictObject({
    version: z.literal(1),
    name: z.string().max(200).optional(),
    /** Where the hosts and ports come from, and when they were last checked. */
    sources: z.array(z.string()).optional(),
    targets: z.array(probeTargetSchema).min(1).max(100),
  })
  .superRefine((plan, ctx) => {
    const seen = new Set<string>();
    plan.targets.forEach((target, index) => {
      if (seen.has(target.id)) ctx.addIssue({ code: 'custom', path: ['targets', index, 'id'], message: `duplicate id "${target.id}"` });
      seen.add(target.id);
    });
  });
export type ProbePlan = z.infer<typeof probePlanSchema>;
export type ProbePlanInput = z.input<typeof probePlanSchema>;

/** The port an HTTP-style target talks to: explicit, or the scheme's default. */
export function httpPort(target: { scheme: 'http' | 'https'; port?: number | undefined }): number {
  return target.port ?? (target.scheme === 'https' ? 443 : 80);
}
