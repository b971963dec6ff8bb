/**
 * Turns the proxy settings read from the OS (and, inside Electron, what resolveProxy answers for
 * Zoom's URLs) into one verdict with its evidence. resolveProxy is the effective answer when there
 * is one: a PAC file may well send Zoom DIRECT.
 */
import type { ProxyVerdictValue, ResolvedProxy } from '../../src-shared/network-json.js';
import type { ProxyReading } from './proxy-settings.js';

/** The proxy verdict with the evidence behind it. */
export interface ProxyVerdict {
  verdict: ProxyVerdictValue;
  evidence: string[];
}

/** The verdict, from the settings and the effective answers. */
export function decideProxy(reading: ProxyReading, resolved: readonly ResolvedProxy[]): ProxyVerdict {
  const evidence: string[] = [];
  const proxies = reading.settings.filter((s) => s.kind === 'proxy');
  const auto = reading.settings.filter((s) => s.kind === 'pac' || s.kind === 'auto-detect');
  for (const s of [...proxies, ...auto]) evidence.push(`${s.source}: ${s.kind === 'proxy' ? 'proxy' : s.kind === 'pac' ? 'PAC file' : 'auto-detect'} ${s.value}`);
  const answered = resolved.filter((r) => /^(DIRECT|PROXY|HTTPS|SOCKS)/i.test(r.answer));
  for (const r of answered) evidence.push(`Electron resolveProxy(${r.url}) = ${r.answer}`);
  if (answered.length) {
    const viaProxy = answered.some((r) => !/^DIRECT$/i.test(r.answer.trim()));
    return { verdict: viaProxy ? 'proxy' : 'none', evidence };
  }
  if (proxies.length) return { verdict: 'proxy', evidence };
  if (auto.length) return { verdict: 'auto-config', evidence };
  if (reading.read.length > 0) {
    evidence.push(`no proxy set in: ${reading.read.join(', ')}`);
    // A source that could not be read may hold the proxy: "none" would be a guess.
    if (reading.unreadable.length > 0) {
      evidence.push(`could not read: ${reading.unreadable.join(', ')}`);
      return { verdict: 'unknown', evidence };
    }
    return { verdict: 'none', evidence };
  }
  evidence.push('no proxy source could be read');
  return { verdict: 'unknown', evidence };
}
