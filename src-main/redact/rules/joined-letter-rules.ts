/**
 * The branches of first-letter-rule.ts joined into the scan's rare passes without a rule of their
 * own (a pass holds at most eight rules, text-redactor.ts; a pass of their own cost 12 ms per 8 MB):
 * after 'u'/'U', 'g' and 'f', the SIP account keys of phone configs (sip-accounts.ts) and the
 * logins after an account word (account-words.ts), four new first characters for the second rare
 * pass (V8 skips ahead over a pass's text only while its first characters number sixteen or fewer;
 * it had twelve); after '-', joined to the command-line rule whose pass stops at every '-' already,
 * a command's -u login, an address glued to a host label (network.ts) and a person's device
 * (device-hosts.ts); ユーザー after its first byte, joined to the person-name rule.
 */
import { DASH_U_LOGIN_BRANCH, FOR_LOGIN_BRANCH, JAPANESE_ACCOUNT_WORD_BRANCH, LOGIN_WORD_BRANCH, USER_WORD_BRANCHES } from './account-words.js';
import { firstLetterRule, inFrontOf } from './first-letter-rule.js';
import { PERSON_DEVICE_HOST_BRANCHES } from './device-hosts.js';
import { GLUED_IP_BRANCH } from './network.js';
import { ALL, type RedactionRule } from './rule-types.js';
import { POLYCOM_ADDRESS_BRANCH, SIP_KEY_BRANCHES_AT_START, USER_NAME_KEY_BRANCH } from './sip-accounts.js';
import { MAC_WORD_BRANCH } from './mac-words.js';
import { CURRENT_NETWORK_BRANCH, GENERIC_PASSWORD_BRANCH, NETSH_PROFILE_BRANCH, OTHER_NETWORKS_BRANCH, PREFERRED_NETWORKS_BRANCH } from './wifi-listings.js';

const BASE = { category: 'user', profiles: ALL } as const;
/** Not after a letter, digit or UTF-8 byte. */
const WORD_START = '(?:^|[^A-Za-z0-9_\\x80-\\xff])';

/**
 * SIP account keys and logins after account words (every branch returns null where its profile
 * does not apply). Each letter is first checked against the one or two characters before it (most
 * 'u's of a log are inside a word: Auth, route, queue), so a log full of them costs little.
 */
export const ACCOUNT_LETTER_RULE: RedactionRule = {
  ...firstLetterRule(
    [
      // A word's 'u' (user, usuario, utilisateur; Snom's user_name1) or the 'u' inside account and
      // Benutzer; the SIP keys first ("user_name1!:" is a key, not the word "user").
      { letter: '[Uu]', gate: `(?<=${WORD_START}[Uu]|[Aa]ccou|[Bb]enu)`, branches: [...SIP_KEY_BRANCHES_AT_START, ...USER_WORD_BRANCHES] },
      // The 'U' of a "UserName" key glued to a word (sipUserName, AuthUserName).
      { letter: 'U', gate: '(?<=[A-Za-z0-9_]U)', branches: [USER_NAME_KEY_BRANCH] },
      { letter: 'g', gate: '(?<=[Ll]og|[Ss]ig|[Rr]eg)', branches: [POLYCOM_ADDRESS_BRANCH, LOGIN_WORD_BRANCH] },
      { letter: 'f', gate: `(?<=${WORD_START}f)`, branches: [FOR_LOGIN_BRANCH] },
    ],
    BASE,
  ),
  rare: true,
};

/**
 * The command-line rule with the branches after '-' in front of it (each returns null in minimal;
 * -u first, since the command-line rule matches the same '-u').
 */
export function withDashBranches(commandLine: RedactionRule): RedactionRule {
  return inFrontOf(firstLetterRule([{ letter: '-', branches: [DASH_U_LOGIN_BRANCH, GLUED_IP_BRANCH, ...PERSON_DEVICE_HOST_BRANCHES, GENERIC_PASSWORD_BRANCH] }], BASE), /^-/, commandLine);
}

/**
 * The person-name rule (its own pass: no V8 skipping there, so a new first character is nearly
 * free) with ユーザー after its first byte in front: in a rare pass that byte cost 2.3 ms per 8 MB.
 */
export function withJapaneseAccountWord(personNames: RedactionRule): RedactionRule {
  // Its '-' alternative (lenas-macbook) has no group: told apart by the first character.
  return inFrontOf(firstLetterRule([{ letter: '\\xe3', branches: [JAPANESE_ACCOUNT_WORD_BRANCH] }], BASE), /^\xe3/, personNames);
}

/**
 * The person-name rule with Wi-Fi headings (wifi-listings.ts) and a bare MAC after the word MAC
 * (mac-words.ts) in front: its pass stops at every capital already; the lower-case 'm' of "mac"
 * only after no word character.
 */
export function withWifiHeadingsAndMacWords(personNames: RedactionRule): RedactionRule {
  const branches = firstLetterRule(
    [
      { letter: 'C', branches: [CURRENT_NETWORK_BRANCH] },
      { letter: 'O', branches: [OTHER_NETWORKS_BRANCH] },
      { letter: 'P', branches: [PREFERRED_NETWORKS_BRANCH, NETSH_PROFILE_BRANCH] },
      { letter: 'M', gate: '(?<![A-Za-z0-9_]M)', branches: [MAC_WORD_BRANCH] },
    ],
    BASE,
  );
  return inFrontOf(branches, /^[COPMm]/, personNames);
}
