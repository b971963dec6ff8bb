/**
 * The HTTP proxy this machine is configured to use for a URL, read from http_proxy / https_proxy /
 * no_proxy (either case) in the injected Environment. Credentials are kept for the CONNECT request
 * but never reported.
 */
import type { Environment } from '../platform/environment.js';

export interface ProxyConfig {
  host: string;
  port: number;
  /** Value for Proxy-Authorization, when the proxy URL carries a user. */
  authorization?: string;
  /** host:port, safe to report (no credentials). */
  display: string;
  /** Which variable it came from. */
  variable: string;
}

function envValue(env: Environment['env'], name: string): { variable: string; value: string } | null {
  for (const variable of [name, name.toUpperCase()]) {
    const value = env[variable]?.trim();
    if (value) return { variable, value };
  }
  return null;
}

/** True when no_proxy lists the host (exact, a dot-suffix, or "*"). */
export function bypassesProxy(host: string, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  const name = host.toLowerCase();
  return noProxy
    .split(',')
    .map((entry) => entry.trim().toLowerCase().replace(/:\d+$/, ''))
    .filter(Boolean)
    .some((entry) => entry === '*' || name === entry.replace(/^\./, '') || name.endsWith(entry.startsWith('.') ? entry : `.${entry}`));
}

/** The proxy for scheme://host, or null (none, bypassed, or not an http:// proxy URL: see `problem`). */
export function proxyFor(scheme: 'http' | 'https', host: string, env: Environment['env']): { proxy: ProxyConfig | null; problem?: string } {
  const found = envValue(env, scheme === 'https' ? 'https_proxy' : 'http_proxy');
  if (!found || bypassesProxy(host, envValue(env, 'no_proxy')?.value)) return { proxy: null };
  let url: URL;
  try {
    url = new URL(found.value.includes('://') ? found.value : `http://${found.value}`);
  } catch {
    return { proxy: null, problem: `${found.variable} is not a URL` };
  }
  if (url.protocol !== 'http:') return { proxy: null, problem: `${found.variable} uses ${url.protocol} (only http:// proxies are probed)` };
  const port = Number(url.port || 80);
  const user = decodeURIComponent(url.username);
  const authorization = user ? `Basic ${Buffer.from(`${user}:${decodeURIComponent(url.password)}`).toString('base64')}` : undefined;
  return { proxy: { host: url.hostname.replace(/^\[|\]$/g, ''), port, authorization, display: `${url.hostname}:${port}`, variable: found.variable } };
}
