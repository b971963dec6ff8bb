/**
 * The sections of a bundle's network.json, as the collectors produce them and as triage, `zpb
 * inspect` and the review screen read them (see system-json.ts for how sections are read).
 */
import { z } from 'zod';
import { probeReportSchema } from './probe-results.js';
import { readSections, type Sections } from './json-sections.js';

/** How the machine reaches the network. */
export const CONNECTION_TYPES = ['wired', 'wifi', 'unknown'] as const;
export type ConnectionType = (typeof CONNECTION_TYPES)[number];

/** One non-loopback interface (no addresses, no MAC). */
export const networkInterfaceSummarySchema = z.object({
  name: z.string(),
  /** Windows' adapter name or description ("Wi-Fi", "PANGP Virtual Ethernet Adapter"); the name elsewhere. */
  description: z.string(),
  type: z.string(),
  default: z.boolean(),
  up: z.boolean(),
  speedMbps: z.number().nullable(),
  dhcp: z.boolean(),
  virtual: z.boolean(),
  ipv4: z.boolean(),
  ipv6: z.boolean(),
});
export type NetworkInterfaceSummary = z.infer<typeof networkInterfaceSummarySchema>;

/** The Wi-Fi link (no SSID or BSSID). */
export const wifiSummarySchema = z.object({
  iface: z.string(),
  band: z.enum(['2.4 GHz', '5 GHz', '6 GHz', 'unknown']),
  channel: z.number().nullable(),
  security: z.string(),
  signalDbm: z.number().nullable(),
  quality: z.number().nullable(),
  txRateMbps: z.number().nullable(),
  standard: z.string(),
});
export type WifiSummary = z.infer<typeof wifiSummarySchema>;

/** network.json's `network`: interfaces, gateway, DNS servers, Wi-Fi and the connection type with its evidence. */
export const networkDataSchema = z.object({
  connectionType: z.enum(CONNECTION_TYPES),
  connectionEvidence: z.array(z.string()),
  interfaces: z.array(networkInterfaceSummarySchema),
  defaultGateway: z.string().nullable(),
  dnsServers: z.array(z.string()),
  wifi: z.array(wifiSummarySchema),
});
export type NetworkData = z.infer<typeof networkDataSchema>;

/** detected: a VPN adapter is up with an address; possible: weaker signs only; none: no sign; unknown: the interfaces could not be read or told apart. */
export const VPN_VERDICTS = ['detected', 'possible', 'none', 'unknown'] as const;
export type VpnVerdictValue = (typeof VPN_VERDICTS)[number];

export const vpnVerdictSchema = z.object({
  verdict: z.enum(VPN_VERDICTS),
  /** True when the VPN carries the default route (all traffic, Zoom's included, goes through it). */
  fullTunnel: z.boolean(),
  adapters: z.array(z.object({ name: z.string(), description: z.string(), product: z.string(), default: z.boolean(), ipv4: z.boolean() })),
  evidence: z.array(z.string()),
});
export type VpnVerdict = z.infer<typeof vpnVerdictSchema>;

/** proxy: traffic to Zoom goes (or is set to go) through a proxy; auto-config: a PAC/WPAD decides per URL. */
export const PROXY_VERDICTS = ['proxy', 'auto-config', 'none', 'unknown'] as const;
export type ProxyVerdictValue = (typeof PROXY_VERDICTS)[number];

/** One proxy fact and where it was read. */
export const proxySettingSchema = z.object({ source: z.string(), kind: z.enum(['proxy', 'pac', 'auto-detect', 'bypass']), value: z.string() });
export type ProxySetting = z.infer<typeof proxySettingSchema>;

/** Electron's resolveProxy answer for one Zoom URL: "DIRECT", "PROXY host:port; DIRECT", ... or an error text. */
export const resolvedProxySchema = z.object({ url: z.string(), answer: z.string() });
export type ResolvedProxy = z.infer<typeof resolvedProxySchema>;

/** network.json's `vpnProxy`: each verdict with the evidence behind it. */
export const vpnProxySchema = z.object({
  vpn: vpnVerdictSchema,
  proxy: z.object({
    verdict: z.enum(PROXY_VERDICTS),
    evidence: z.array(z.string()),
    settings: z.array(proxySettingSchema),
    resolved: z.array(resolvedProxySchema),
    unreadable: z.array(z.string()),
  }),
});
export type VpnProxyData = z.infer<typeof vpnProxySchema>;

const NETWORK_SECTIONS = { network: networkDataSchema, vpnProxy: vpnProxySchema, probes: probeReportSchema };

/** network.json as read back: each section present only when it has its collector's shape. */
export type NetworkJson = Sections<typeof NETWORK_SECTIONS>;

/** Reads each known section of a parsed network.json (anything else, or nothing, gives {}). */
export function readNetworkJson(value: unknown): NetworkJson {
  return readSections(value, NETWORK_SECTIONS);
}
