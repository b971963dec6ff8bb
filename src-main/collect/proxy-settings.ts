/**
 * Reads the proxy settings of this machine from every place docs/zoom-facts.md names: environment
 * variables, then per OS Windows Internet Settings (with the WPAD flag) and WinHTTP, macOS
 * `scutil --proxy`, Linux GNOME gsettings. Credentials in proxy URLs are masked before anything
 * is kept.
 */
import type { CommandRunner } from '../platform/command-runner.js';
import type { Environment } from '../platform/environment.js';
import { parseNetshWinHttp, type WinHttpProxy } from '../platform/netsh-winhttp-parser.js';
import { platformCommandRunner } from '../platform/platform-command-runner.js';
import { parseWinHttpSettings } from '../platform/winhttp-settings-parser.js';
import {
  GSETTINGS_PROXY,
  PROXY_ENV_VARS,
  SCUTIL_COMMAND,
  WINDOWS_CONNECTIONS_KEY,
  WINDOWS_INTERNET_SETTINGS_KEY,
  WINHTTP_COMMAND,
  WINHTTP_SETTINGS_QUERY,
  WPAD_FLAG,
} from '../platform/proxy-sources.js';
import { parseRegQuery, regDword } from '../platform/reg-query-parser.js';
import type { ProxySetting } from '../../src-shared/network-json.js';
import { parseScutilProxy } from '../platform/scutil-proxy-parser.js';

/** Everything readProxySettings found, and which sources it could and could not read. */
export interface ProxyReading {
  settings: ProxySetting[];
  /** Sources read successfully (a source with no settings still proves "no proxy there"). */
  read: string[];
  /** Sources that exist on this OS but could not be read, with the reason. */
  unreadable: string[];
}

/** Replaces user and password in "scheme://user:pass@host" or "user:pass@host" with ***. */
export function maskCredentials(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^@/\s]+@/i, (_, scheme: string | undefined) => `${scheme ?? ''}***@`);
}

function fromEnvironment(env: Environment['env'], out: ProxyReading): void {
  for (const name of PROXY_ENV_VARS) {
    const value = env[name];
    if (!value) continue;
    out.settings.push({ source: `environment ${name}`, kind: /no_proxy/i.test(name) ? 'bypass' : 'proxy', value: maskCredentials(value) });
  }
  out.read.push('environment variables');
}

/** The WinHTTP proxy: the registry's binary value first (the same in every language), else netsh's text. */
async function readWinHttp(run: CommandRunner, signal: AbortSignal): Promise<WinHttpProxy | { unreadable: string }> {
  const registry = await run(WINHTTP_SETTINGS_QUERY.file, WINHTTP_SETTINGS_QUERY.args, { signal });
  const hex = registry.ok ? parseRegQuery(registry.stdout)[0]?.values.WinHttpSettings : undefined;
  const fromRegistry = hex ? parseWinHttpSettings(hex) : null;
  if (fromRegistry) return fromRegistry;
  const netsh = await run(WINHTTP_COMMAND.file, WINHTTP_COMMAND.args, { signal });
  return (netsh.ok ? parseNetshWinHttp(netsh.stdout) : null) ?? { unreadable: netsh.reason ?? 'unrecognised output' };
}

async function fromWindows(run: CommandRunner, signal: AbortSignal, out: ProxyReading): Promise<void> {
  const source = 'Windows Internet Settings';
  const settings = await run('reg', ['query', WINDOWS_INTERNET_SETTINGS_KEY], { signal });
  const values = parseRegQuery(settings.stdout)[0]?.values;
  if (!settings.ok || !values) out.unreadable.push(`${source} (${settings.reason ?? 'no values'})`);
  else {
    out.read.push(source);
    if (regDword(values.ProxyEnable) === 1 && values.ProxyServer) out.settings.push({ source, kind: 'proxy', value: maskCredentials(values.ProxyServer) });
    if (values.AutoConfigURL) out.settings.push({ source, kind: 'pac', value: values.AutoConfigURL });
    if (regDword(values.ProxyEnable) === 1 && values.ProxyOverride) out.settings.push({ source, kind: 'bypass', value: values.ProxyOverride });
  }
  const connections = await run('reg', ['query', WINDOWS_CONNECTIONS_KEY, '/v', 'DefaultConnectionSettings'], { signal });
  const blob = parseRegQuery(connections.stdout)[0]?.values.DefaultConnectionSettings;
  const flags = blob ? Number.parseInt(blob.slice(WPAD_FLAG.byte * 2, WPAD_FLAG.byte * 2 + 2), 16) : Number.NaN;
  if (!Number.isNaN(flags) && flags & WPAD_FLAG.mask) out.settings.push({ source, kind: 'auto-detect', value: 'Automatically detect settings (WPAD) is on' });
  const parsed = await readWinHttp(run, signal);
  if ('unreadable' in parsed) out.unreadable.push(`WinHTTP (${parsed.unreadable})`);
  else {
    out.read.push('WinHTTP');
    if (parsed.proxyServer) out.settings.push({ source: 'WinHTTP', kind: 'proxy', value: maskCredentials(parsed.proxyServer) });
    if (parsed.bypassList) out.settings.push({ source: 'WinHTTP', kind: 'bypass', value: parsed.bypassList });
  }
}

async function fromMac(run: CommandRunner, signal: AbortSignal, out: ProxyReading): Promise<void> {
  const source = 'scutil --proxy';
  const result = await run(SCUTIL_COMMAND.file, SCUTIL_COMMAND.args, { signal });
  if (!result.ok) {
    out.unreadable.push(`${source} (${result.reason})`);
    return;
  }
  out.read.push(source);
  const p = parseScutilProxy(result.stdout);
  const on = (key: string) => p[key] === '1';
  for (const scheme of ['HTTPS', 'HTTP', 'SOCKS']) {
    if (on(`${scheme}Enable`) && p[`${scheme}Proxy`]) {
      out.settings.push({ source, kind: 'proxy', value: `${scheme.toLowerCase()} ${maskCredentials(String(p[`${scheme}Proxy`]))}:${p[`${scheme}Port`] ?? '?'}` });
    }
  }
  if (on('ProxyAutoConfigEnable') && p.ProxyAutoConfigURLString) out.settings.push({ source, kind: 'pac', value: String(p.ProxyAutoConfigURLString) });
  if (on('ProxyAutoDiscoveryEnable')) out.settings.push({ source, kind: 'auto-detect', value: 'Auto Proxy Discovery (WPAD) is on' });
  if (Array.isArray(p.ExceptionsList) && p.ExceptionsList.length && out.settings.some((s) => s.source === source)) {
    out.settings.push({ source, kind: 'bypass', value: p.ExceptionsList.join(', ') });
  }
}

/** gsettings prints GVariant text: 'manual', 3128, ['localhost', '127.0.0.0/8']. */
const unquote = (text: string) => text.trim().replace(/^'(.*)'$/, '$1');

async function fromGnome(run: CommandRunner, signal: AbortSignal, out: ProxyReading): Promise<void> {
  const source = 'gsettings org.gnome.system.proxy';
  const mode = await run('gsettings', GSETTINGS_PROXY.mode, { signal });
  if (!mode.ok) {
    // No gsettings, or no GNOME schema: a desktop without GNOME's proxy settings, not a failure.
    if (mode.reason === 'not found' || /No such schema/i.test(mode.stderr)) out.read.push(`${source} (not available)`);
    else out.unreadable.push(`${source} (${mode.reason})`);
    return;
  }
  out.read.push(source);
  const value = unquote(mode.stdout);
  if (value === 'auto') {
    const url = unquote((await run('gsettings', GSETTINGS_PROXY.autoconfigUrl, { signal })).stdout);
    out.settings.push(url ? { source, kind: 'pac', value: url } : { source, kind: 'auto-detect', value: 'mode auto without a URL (WPAD)' });
  } else if (value === 'manual') {
    for (const scheme of GSETTINGS_PROXY.schemes) {
      const schema = `org.gnome.system.proxy.${scheme}`;
      const [host, port] = await Promise.all([run('gsettings', ['get', schema, 'host'], { signal }), run('gsettings', ['get', schema, 'port'], { signal })]);
      const name = unquote(host.stdout);
      if (host.ok && name) out.settings.push({ source, kind: 'proxy', value: `${scheme} ${maskCredentials(name)}:${unquote(port.stdout) || '?'}` });
    }
    const ignore = unquote((await run('gsettings', GSETTINGS_PROXY.ignoreHosts, { signal })).stdout);
    if (ignore && ignore !== '@as []') out.settings.push({ source, kind: 'bypass', value: ignore });
  }
}

/** Reads every proxy source of the environment's OS; never throws. */
export async function readProxySettings(environment: Environment, signal: AbortSignal): Promise<ProxyReading> {
  const out: ProxyReading = { settings: [], read: [], unreadable: [] };
  const run = platformCommandRunner(environment);
  fromEnvironment(environment.env, out);
  if (environment.platform === 'win32') await fromWindows(run, signal, out);
  else if (environment.platform === 'darwin') await fromMac(run, signal, out);
  else await fromGnome(run, signal, out);
  return out;
}
