/**
 * Where proxy settings live on each OS (docs/zoom-facts.md, "How peers detect proxies"),
 * as data: environment variables, the Windows registry key, the macOS and Linux commands, and the
 * Zoom URLs Electron's resolveProxy is asked about.
 */

/** Proxy environment variables, lower and upper case (curl, Node and most tools honour both). */
export const PROXY_ENV_VARS = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'all_proxy', 'ALL_PROXY', 'no_proxy', 'NO_PROXY'] as const;

/** Windows per-user Internet Settings (what browsers and most apps use). */
export const WINDOWS_INTERNET_SETTINGS_KEY = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings';

/** Its Connections subkey: DefaultConnectionSettings byte 8 holds the "Automatically detect settings" (WPAD) flag 0x08. */
export const WINDOWS_CONNECTIONS_KEY = `${WINDOWS_INTERNET_SETTINGS_KEY}\\Connections`;
/** Where the WPAD flag sits in DefaultConnectionSettings. */
export const WPAD_FLAG = { byte: 8, mask: 0x08 } as const;

/**
 * Windows' machine-wide WinHTTP proxy (services and some apps), first as the registry keeps it: a
 * binary value whose layout is the same in every display language (winhttp-settings-parser.ts).
 */
export const WINHTTP_SETTINGS_QUERY = {
  file: 'reg',
  args: ['query', 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\Connections', '/v', 'WinHttpSettings'],
} as const;

/** The same proxy as netsh prints it, when the registry value cannot be read (netsh-winhttp-parser.ts). */
export const WINHTTP_COMMAND = { file: 'netsh', args: ['winhttp', 'show', 'proxy'] } as const;

/** macOS: the system proxy configuration of the current network service. */
export const SCUTIL_COMMAND = { file: 'scutil', args: ['--proxy'] } as const;

/** GNOME's proxy schema (also honoured by many non-GNOME desktops and apps). */
export const GSETTINGS_PROXY = {
  mode: ['get', 'org.gnome.system.proxy', 'mode'],
  autoconfigUrl: ['get', 'org.gnome.system.proxy', 'autoconfig-url'],
  ignoreHosts: ['get', 'org.gnome.system.proxy', 'ignore-hosts'],
  /** Per-scheme host and port, for mode 'manual'. */
  schemes: ['https', 'http', 'socks'],
} as const;

/** Zoom URLs asked of Electron's resolveProxy: what the app itself would do to reach Zoom Phone. */
export const ZOOM_PROXY_CHECK_URLS = ['https://zoom.us/', 'https://us01sip.zoom.us/', 'https://provpp.zoom.us/'] as const;
