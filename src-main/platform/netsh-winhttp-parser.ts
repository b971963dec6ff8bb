/**
 * Reads `netsh winhttp show proxy` (Windows) by its layout, not its words, which follow the display
 * language: a heading, then either one indented sentence ending in a parenthesis ("Direct access (no
 * proxy server).", "Direkter Zugriff (kein Proxyserver).", "直接アクセス (プロキシ サーバーなし)。") or
 * two "label : value" lines, the proxy server(s) first and the bypass list second ("Proxy Server(s) :",
 * "Serveur(s) proxy :", "プロキシ サーバー:"). A bypass list wholly in parentheses ("(none)",
 * "(aucun)", "(なし)") means none.
 */

export interface WinHttpProxy {
  direct: boolean;
  proxyServer?: string;
  bypassList?: string;
}

/** "label : value" with a value; a heading ends in a colon with nothing after it. The value's own colons (host:port) have no space after them. */
const VALUE_LINE = /^\s*(\S[^:：]*?)\s*[:：]\s+(\S.*?)\s*$/;
/** The one sentence of direct access: it ends in a parenthesis, then a full stop in any script. */
const DIRECT_LINE = /^\s*\S.*[(（].+[)）]\s*[.。]?\s*$/;
/** A bypass list that is a word in parentheses: the localized "(none)". */
const NONE = /^[(（][^<>;]*[)）]$/;

/** The WinHTTP proxy, or null when the output has neither layout (an error message, an unknown tool). */
export function parseNetshWinHttp(output: string): WinHttpProxy | null {
  const lines = output.split(/\r?\n/).filter((line) => line.trim() !== '');
  const values = lines.map((line) => VALUE_LINE.exec(line)).filter((match): match is RegExpExecArray => match !== null);
  if (values.length === 0) return lines.some((line) => DIRECT_LINE.test(line)) ? { direct: true } : null;
  const server = values[0]![2]!;
  const bypass = values[1]?.[2];
  return { direct: false, proxyServer: server, ...(bypass && !NONE.test(bypass) ? { bypassList: bypass } : {}) };
}
