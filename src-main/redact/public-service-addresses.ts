/**
 * Addresses of public services that support needs to read and that name no one: well-known public
 * DNS resolvers, the multicast groups of discovery and control protocols (mDNS, LLMNR, SSDP, NTP,
 * SIP), the link-local service addresses clouds answer on (instance metadata, DNS, NTP), and the
 * well-known IPv6 multicast groups. Zoom's own ranges are data (assets/zoom-ip-ranges.json).
 */

/** Public DNS resolvers (Google, Cloudflare, Quad9, OpenDNS, Level3, Verisign, AdGuard, CleanBrowsing, Comodo, DNS.WATCH, Yandex): which one a machine used is a finding, not a person. */
export const PUBLIC_RESOLVERS_V4: readonly string[] = [
  '8.8.8.8/32', '8.8.4.4/32', '1.1.1.1/32', '1.0.0.1/32', '1.1.1.2/32', '1.0.0.2/32', '1.1.1.3/32', '1.0.0.3/32',
  '9.9.9.9/32', '149.112.112.112/32', '9.9.9.10/32', '149.112.112.10/32', '9.9.9.11/32', '149.112.112.11/32',
  '208.67.222.222/32', '208.67.220.220/32', '208.67.222.123/32', '208.67.220.123/32', '4.2.2.1/32', '4.2.2.2/32', '4.2.2.3/32',
  '4.2.2.4/32', '4.2.2.5/32', '4.2.2.6/32', '64.6.64.6/32', '64.6.65.6/32', '94.140.14.14/32', '94.140.15.15/32',
  '185.228.168.9/32', '185.228.169.9/32', '8.26.56.26/32', '8.20.247.20/32', '84.200.69.80/32', '84.200.70.40/32',
  '77.88.8.8/32', '77.88.8.1/32',
];

/**
 * Multicast groups of protocols, not of anyone's choosing: the local network control block
 * (224.0.0.0/24: all hosts, routers, OSPF, mDNS 224.0.0.251, LLMNR .252), the internetwork control
 * block (224.0.1.0/24: NTP 224.0.1.1, SIP 224.0.1.75), SSDP/UPnP 239.255.255.250 and SLP .253.
 * Other groups (a paging group an admin picked) are still replaced, as 'multicast'.
 */
export const SERVICE_MULTICAST_V4: readonly string[] = ['224.0.0.0/24', '224.0.1.0/24', '239.255.255.250/32', '239.255.255.253/32'];

/** Link-local addresses that clouds and containers serve on (instance metadata and its DNS and NTP, ECS task metadata). */
export const LINK_LOCAL_SERVICES_V4: readonly string[] = ['169.254.169.254/32', '169.254.169.253/32', '169.254.169.123/32', '169.254.170.2/32', '169.254.170.23/32'];

/** The IPv6 addresses of the same resolvers (compared in full, lower case, "::" compressed as node:net writes them). */
export const PUBLIC_RESOLVERS_V6: readonly string[] = [
  '2001:4860:4860::8888', '2001:4860:4860::8844', '2606:4700:4700::1111', '2606:4700:4700::1001', '2620:fe::fe', '2620:fe::9',
  '2620:119:35::35', '2620:119:53::53', '2a10:50c0::ad1:ff', '2a10:50c0::ad2:ff',
];

/**
 * Host names of public time and name services (NTP pools and the time servers of OS vendors and
 * clouds; DNS-over-HTTPS/TLS resolvers): which one a machine asked is a finding, and they name
 * no one. Each entry also covers its sub-domains (0.pool.ntp.org, 2.android.pool.ntp.org).
 */
export const PUBLIC_SERVICE_HOSTS: readonly string[] = [
  // NTP: the NTP Pool project, and the time servers Windows, macOS/iOS, Android, ChromeOS, Ubuntu, clouds and NIST publish.
  'pool.ntp.org', 'time.windows.com', 'time.apple.com', 'time.euro.apple.com', 'time.asia.apple.com', 'time.google.com',
  'time1.google.com', 'time2.google.com', 'time3.google.com', 'time4.google.com', 'time.cloudflare.com', 'time.aws.com',
  'time.nist.gov', 'ntp.ubuntu.com', 'time.facebook.com', 'ntp.se', 'ptbtime1.ptb.de', 'ptbtime2.ptb.de', 'ptbtime3.ptb.de',
  // DNS resolvers by name (DoH/DoT hosts of the resolvers in PUBLIC_RESOLVERS_V4).
  'dns.google', 'dns.google.com', 'one.one.one.one', 'cloudflare-dns.com', 'dns.quad9.net', 'dns9.quad9.net', 'dns10.quad9.net',
  'dns11.quad9.net', 'resolver1.opendns.com', 'resolver2.opendns.com', 'doh.opendns.com', 'dns.adguard-dns.com', 'dns.adguard.com',
  'doh.cleanbrowsing.org', 'dns.nextdns.io', 'mozilla.cloudflare-dns.com',
];

const SERVICE_HOST_SUFFIXES = PUBLIC_SERVICE_HOSTS.map((host) => `.${host}`);
const SERVICE_HOSTS = new Set(PUBLIC_SERVICE_HOSTS);
/** Zoom's own service domains (zoom.us, zoom.com, zoomgov.com and their sub-domains): naming them says which service, not who. */
export const ZOOM_SERVICE_DOMAIN = /(?:^|\.)(?:zoom\.us|zoom\.com|zoomgov\.com)$/i;

/** True when a host name is a Zoom service or a public time or name service (or a sub-domain of one): kept by every rule. */
export function isPublicServiceHost(host: string): boolean {
  if (ZOOM_SERVICE_DOMAIN.test(host)) return true;
  const lower = host.toLowerCase().replace(/\.$/, '');
  return SERVICE_HOSTS.has(lower) || SERVICE_HOST_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}
