/**
 * Wi-Fi network names that tools print without a key before them: macOS system_profiler's SSID
 * as an indented heading under "Current Network Information:" (and each heading under "Other
 * Local Wi-Fi Networks:" and "Preferred Networks:"), netsh's "Profile <SSID> on interface Wi-Fi:",
 * and `security find-generic-password -wa <SSID>` with the Wi-Fi password on the next line of
 * output. Found as branches of first-letter-rule.ts from the capital of the heading (in the person
 * name rule's pass, which stops at every capital already) or the '-' in find-generic-password
 * (in the command-line rule's pass): no character of a log costs more.
 */
import type { LetterBranch } from './first-letter-rule.js';
import { simple, type MatchContext } from './rule-types.js';

/** A line that names no network (a property line "Channel: 6", or empty). */
const HEADING = /^([ \t]+)([^\r\n]{1,32}?):[ \t]*$/;

/** The SSID's placeholder, or null for a heading that is no network. */
function wifi(c: MatchContext, ssid: string): string | null {
  return /^(?:Interfaces|Software Versions|Current Network Information|Other Local Wi-Fi Networks|Preferred Networks)$/.test(ssid) ? null : simple(c, 'wifi', ssid);
}

/**
 * The headings of a block under a title line (`title` without its first letter): every line at the
 * first line's indent that ends in ':' is a network; deeper lines are its properties (channel,
 * security, signal: kept); a line less indented ends the block. `one` stops after the first network.
 */
function headingBlock(title: string, one: boolean): LetterBranch {
  return {
    source: `${title}:[ \\t]*\\r?\\n[ \\t]+[^\\r\\n]{1,32}?:[ \\t]*\\r?\\n`,
    replace: (c) => {
      if (c.profile === 'minimal') return null;
      const text = c.textAfter(0, 64 * 1024);
      const lines = text.split(/(?<=\n)/);
      let out = lines[0]!;
      let indent = -1;
      let length = lines[0]!.length;
      for (let i = 1; i < lines.length; i++) {
        const line = lines[i]!;
        const body = line.replace(/\r?\n$/, '');
        const lead = /^[ \t]*/.exec(body)![0].length;
        if (indent === -1) indent = lead;
        if (lead < indent || body.trim() === '') break;
        const heading = lead === indent ? HEADING.exec(body) : null;
        if (lead === indent && !heading) break;
        if (heading) {
          const replaced = wifi(c, heading[2]!);
          if (replaced === null) return null;
          out += `${heading[1]}${replaced}${line.slice(heading[1]!.length + heading[2]!.length)}`;
        } else {
          out += line;
        }
        length += line.length;
        if (one && heading) break;
      }
      c.coverAfter(length);
      return `${c.group(0)}${out}`;
    },
  };
}

/** After the 'C' of "Current Network Information:" (system_profiler SPAirPortDataType): the network in use. */
export const CURRENT_NETWORK_BRANCH = headingBlock('urrent Network Information', true);
/** After the 'O' of "Other Local Wi-Fi Networks:": the networks around (each a heading). */
export const OTHER_NETWORKS_BRANCH = headingBlock('ther Local Wi-Fi Networks', false);
/** After the 'P' of "Preferred Networks:" (older macOS): the networks remembered. */
export const PREFERRED_NETWORKS_BRANCH = headingBlock('referred Networks', false);

/** After the 'P' of netsh's "Profile <SSID> on interface <name>:" (netsh wlan show profile name=... key=clear). */
export const NETSH_PROFILE_BRANCH: LetterBranch = {
  source: 'rofile ([^\\r\\n]{1,32}?) on interface [^\\r\\n]{1,64}:[ \\t]*(?=\\r?\\n|$)',
  replace: (c) => {
    if (c.profile === 'minimal') return null;
    const ssid = c.group(1)!;
    c.coverAfter(7 + ssid.length);
    return `Profile ${simple(c, 'wifi', ssid)}`;
  },
};

/** Options of `security find-generic-password` up to the line's end: -a <account> (also in a cluster: -wa, -ga), -s, -D, -w. */
const OPTION = /[ \t]+(-[A-Za-z]+)(?:[ \t]+("[^"\r\n]*"|'[^'\r\n]*'|[^\s-][^\s]*))?/y;
/** A next line that is no password: a prompt, an error, another command. */
const NOT_A_PASSWORD = /^(?:$|[$%#>] |PS |security: |\w+@[\w.-]+[ :~]|password: )/;

const GENERIC_PASSWORD = 'generic-password';

/**
 * After the '-' of find-generic-password: the account after -a (a Wi-Fi item's account is its
 * SSID, so a network unless a service -s is named, then an account) and, with -w, the password
 * printed alone on the next line (a secret, in every profile).
 */
export const GENERIC_PASSWORD_BRANCH: LetterBranch = {
  source: 'generic-password(?=[ \\t]+-)',
  replace: (c) => {
    const rest = c.textAfter(GENERIC_PASSWORD.length, 1024);
    const lineEnd = /\r?\n|$/.exec(rest)!;
    const line = rest.slice(0, lineEnd.index);
    const options: { flag: string; value?: string; at: number }[] = [];
    OPTION.lastIndex = 0;
    for (let m = OPTION.exec(line); m; m = OPTION.exec(line)) options.push({ flag: m[1]!, value: m[2], at: m.index + m[0].length - (m[2]?.length ?? 0) });
    const service = options.some((o) => o.flag.includes('s') && o.value !== undefined && !/airport/i.test(o.value));
    let out = line;
    if (c.profile !== 'minimal') {
      for (const option of options.reverse()) {
        if (!option.flag.endsWith('a') || option.value === undefined) continue;
        const quote = /^["']/.test(option.value) ? option.value[0]! : '';
        const account = quote ? option.value.slice(1, -1) : option.value;
        if (!account) continue;
        const placeholder = service ? simple(c, 'user', account) : simple(c, 'wifi', account);
        out = `${out.slice(0, option.at)}${quote}${placeholder}${quote}${out.slice(option.at + option.value.length)}`;
      }
    }
    let covered = line.length;
    if (options.some((o) => o.flag.includes('w')) && lineEnd[0] !== '') {
      const next = /^[^\r\n]*/.exec(rest.slice(line.length + lineEnd[0].length))![0];
      if (!NOT_A_PASSWORD.test(next) && !/\s/.test(next.trim()) && next.length <= 256) {
        out += `${lineEnd[0]}${simple(c, 'secret', next)}`;
        covered += lineEnd[0].length + next.length;
      }
    }
    if (out === line && covered === line.length) return null;
    c.coverAfter(GENERIC_PASSWORD.length + covered);
    return `${c.group(0)}${GENERIC_PASSWORD}${out}`;
  },
};
