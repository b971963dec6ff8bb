/**
 * Every built-in rule, in priority order: earlier wins when two start at the same place (the
 * scan merges its two passes so this holds, text-redactor.ts). Files are by category.
 */
import { COMMAND_LINE_RULE } from './command-lines.js';
import { ORACLE_CONNECT_RULE } from './connection-strings.js';
import { EMAIL_RULE, IDENTITY_RULES } from './identity.js';
import { KEYED_VALUE_RULE } from './keyed-values.js';
import { COLON_RULE, DASHED_IP_RULE, DIGIT_RULE, MAC_SPACED_RULE, SEPARATOR_MAC_RULE, STRICT_NETWORK_RULES } from './network.js';
import { DIGIT_START, NOT_IN_DATE, combineRules } from './combined-rule.js';
import type { RedactionRule } from './rule-types.js';
import { AUTH_RULE, BASE64_CREDENTIALS_RULE, JWT_RULE, OAUTH_CODE_RULE, PRIVATE_KEY_RULE, TOKEN_RULE } from './secrets.js';
import { XML_ELEMENT_RULE } from './xml-elements.js';
import { PRODUCT_KEY_RULE } from './dashed-secrets.js';
import { DOMAIN_ACCOUNT_RULE } from './account-names.js';
import { CHECKSUMMED_NUMBER_RULE } from './checksummed-numbers.js';
import { DECIMAL_COORDINATES_RULE, DEGREE_COORDINATES_RULE } from './coordinates.js';
import { PERSON_NAME_RULE } from './person-names.js';
import { STREET_ADDRESS_RULE } from './street-addresses.js';
import { VANITY_PHONE_RULE } from './vanity-phones.js';
import { ACCOUNT_LETTER_RULE, withDashBranches, withJapaneseAccountWord, withWifiHeadingsAndMacWords } from './joined-letter-rules.js';
import { ANNOUNCED_ID_RULE, ID_NUMBER_RULE, LETTER_LED_ID_RULE } from './identity-numbers.js';
import { withMarkBranches, withSetLines, withVcardLines } from './format-branches.js';
import { ANNOUNCED_DIGIT_RULE, ANNOUNCED_LETTERS_RULE, withAnnouncedValues } from './announced-values.js';
import { ID_DOCUMENT_OBJECT_RULE } from './id-document-objects.js';
import { withPlateLists } from './plate-lists.js';
import { withLetterLedValues } from './letter-led-values.js';
import { BECH32_RULE, WALLET_SHAPE_RULE, withWalletBranches } from './crypto-wallets.js';
import { withCredentialWords } from './credential-rules.js';

export { literalRule, shortHostRule } from './identity.js';
export type { ActiveProfile, MatchContext, RedactionRule, RuleCategory } from './rule-types.js';

/**
 * The free-form personal data found by shape from a digit (issue 24), behind the date guard: the
 * checksummed numbers last, as the widest digit run; national ids by shape (identity-numbers.ts)
 * first (a 13- to 18-digit id asks the card rule itself).
 */
const SHAPE_RULES = combineRules(
  DIGIT_START,
  [ID_NUMBER_RULE, DASHED_IP_RULE, MAC_SPACED_RULE, DECIMAL_COORDINATES_RULE, STREET_ADDRESS_RULE, VANITY_PHONE_RULE, WALLET_SHAPE_RULE, CHECKSUMMED_NUMBER_RULE],
  NOT_IN_DATE,
);

/** The built-in rules in priority order. */
export const BUILT_IN_RULES: readonly RedactionRule[] = [
  PRIVATE_KEY_RULE,
  JWT_RULE,
  AUTH_RULE,
  // With Avaya SET lines in front (format-branches.ts).
  // With credentials in prose in front of both (credential-rules.ts).
  withCredentialWords.tokenPass(withSetLines(TOKEN_RULE)),
  withPlateLists(KEYED_VALUE_RULE),
  XML_ELEMENT_RULE,
  ID_DOCUMENT_OBJECT_RULE,
  // With a command's -u login, glued addresses and people's device hosts in front (joined-letter-rules.ts).
  withDashBranches(COMMAND_LINE_RULE),
  ORACLE_CONNECT_RULE,
  BASE64_CREDENTIALS_RULE,
  OAUTH_CODE_RULE,
  // With vCard lines in JSON strings, MRZs, share and profile links and @handles in front (format-branches.ts).
  // Bech32 wallets and UPI ids in front of it (crypto-wallets.ts), credentials in prose in front of all (credential-rules.ts).
  withCredentialWords.markPass(withWalletBranches(withMarkBranches(EMAIL_RULE))),
  COLON_RULE,
  ...IDENTITY_RULES,
  // Everything found from a digit, as one rule (combined-rule.ts): the digit rule first, so a phone
  // number or an address it takes stays its own, then the shape detectors, then a value after the
  // word that names it (Steuer-ID 36574261809, DOB 1979-04-22): announced-values.ts. Last, and again where an earlier alternative kept its match (see
  // withAnnouncedValues): as the first alternative, or behind one more level of grouping, it cost
  // the common pass 12-20 % (each of the ~800k digit starts per 8 MB of log entered it), last ~2 %.
  // A pass of its own: beside the key rule it slowed the common pass by ~20 ms per 8 MB of log more
  // than a pass of its own costs (103 -> 81 ms for the two; docs/perf-notes.md).
  // With a branch for a digit after capitals (AB12 CDE, X1234567: letter-led-values.ts).
  { ...withLetterLedValues(withAnnouncedValues(combineRules(DIGIT_START, [DIGIT_RULE, SHAPE_RULES, ANNOUNCED_DIGIT_RULE]))), ownPass: true },
  // Strict only, for speed: identifiers announced by a phrase (DOB 12/03/1988, passport number is
  // X1234567) and those led by capitals without a key (IBAN, NINO, NIE, codice fiscale). Each costs
  // the standard scan 10-20 % (identity-numbers.ts); in standard they are found after their keys.
  ANNOUNCED_LETTERS_RULE,
  ANNOUNCED_ID_RULE,
  LETTER_LED_ID_RULE,
  BECH32_RULE,
  PRODUCT_KEY_RULE,
  SEPARATOR_MAC_RULE,
  DEGREE_COORDINATES_RULE,
  DOMAIN_ACCOUNT_RULE,
  // Accounts without a key, found from a rare letter: SIP account keys of phone configs and logins
  // after an account word (joined-letter-rules.ts).
  withCredentialWords.accountPass(ACCOUNT_LETTER_RULE),
  ...STRICT_NETWORK_RULES,
  // Last: at the start of a capitalised word it takes one character even when it finds no name,
  // so every rule that can start at the same place (the Wi-Fi names of strict) must come first.
  // ユーザー login in front of it, in its pass (joined-letter-rules.ts), Wi-Fi headings and a MAC
  // after the word MAC (wifi-listings.ts, mac-words.ts), and vCard and iCalendar lines (format-branches.ts).
  withCredentialWords.namePass(withVcardLines(withWifiHeadingsAndMacWords(withJapaneseAccountWord(PERSON_NAME_RULE)))),
];
