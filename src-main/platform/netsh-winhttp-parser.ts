/**
 * Reads `netsh winhttp show proxy` (Windows): either "Direct access (no proxy server)." or the
 * "Proxy Server(s) :" and "Bypass List :" lines.
 */

export interface WinHttpProxy {
  direct: boolean;
  proxyServer?: string;
  bypassList?: string;
}

/** The WinHTTP proxy, or null when the output says neither (another language, an error). */
export function parseNetshWinHttp(output: string): WinHttpProxy | null {
  if (/Direct access \(no proxy server\)/i.test(output)) return { direct: true };
  const server = /Proxy Server\(s\)\s*:\s*(.+)/i.exec(output)?.[1]?.trim();
  if (!server) return null;
  const bypass = /Bypass List\s*:\s*(.+)/i.exec(output)?.[1]?.trim();
  return { direct: false, proxyServer: server, ...(bypass && bypass !== '(none)' ? { bypassList: bypass } : {}) };
}
