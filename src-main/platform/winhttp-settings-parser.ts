/**
 * Reads the registry value `WinHttpSettings` (REG_BINARY under HKLM\...\Internet Settings\Connections),
 * where Windows keeps the machine-wide WinHTTP proxy that `netsh winhttp set proxy` writes. Its layout
 * is the same in every display language, unlike netsh's text: little-endian 32-bit fields
 * (structure size 0x18 or 0x28, a change counter, flags: 0x1 always, 0x2 a named proxy), then the
 * proxy list and the bypass list, each a 32-bit byte length followed by that many ANSI bytes.
 * Microsoft documents the direct-access value as 1800000000000000010000000000000000000000.
 */
import type { WinHttpProxy } from './netsh-winhttp-parser.js';

const NAMED_PROXY = 0x2;

/** The WinHTTP proxy from `reg query` hex data ("1800000000..."), or null when it is not that layout. */
export function parseWinHttpSettings(hex: string): WinHttpProxy | null {
  const clean = hex.trim();
  if (!/^(?:[0-9a-f]{2})+$/i.test(clean)) return null;
  const bytes = Buffer.from(clean, 'hex');
  if (bytes.length < 12) return null;
  const flags = bytes.readUInt32LE(8);
  let offset = 12;
  const text = (): string | null => {
    // A value cut short after its last string (wine's `reg add` of the reset value is 19 bytes) reads as empty when the rest is zeros.
    if (offset + 4 > bytes.length) return bytes.subarray(offset).every((b) => b === 0) ? '' : null;
    const length = bytes.readUInt32LE(offset);
    offset += 4;
    if (offset + length > bytes.length) return null;
    const value = bytes.subarray(offset, offset + length).toString('latin1');
    offset += length;
    return value;
  };
  const proxy = text();
  const bypass = text();
  if (proxy === null || bypass === null) return null;
  if (!(flags & NAMED_PROXY) || proxy === '') return { direct: true };
  return { direct: false, proxyServer: proxy, ...(bypass ? { bypassList: bypass } : {}) };
}
