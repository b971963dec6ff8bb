/**
 * Crypto wallet addresses and UPI payment ids in prose, as `wallet` placeholders (category
 * financial-account: like an IBAN, an address receives money and leads to its owner):
 * - Bitcoin legacy addresses (1..., 3...) anywhere, by their base58check checksum;
 * - Bitcoin segwit addresses (bc1q..., bc1p..., testnet tb1...) anywhere in the strict profile, by
 *   their bech32 or bech32m checksum (standard: after a wallet key);
 * - Ethereum addresses (0x and 40 hex digits) after a wallet word (wallet, address, ETH, USDT ...):
 *   the same shape is a SHA-1 in a log, and its mixed-case check (EIP-55) needs Keccak;
 * - UPI ids (name@okaxis: a payment handle, no dot after '@') at a known handle (an unknown handle
 *   after "UPI" stays: see WALLET_LETTER_RULE).
 * Speed: the base58 and 0x forms are one more alternative of the digit rule's shapes, behind a
 * one-character test ([13], 'x'); UPI from '@', in front of the e-mail rule's pass: no pass of
 * the scan is added. Bech32 has no rare character to start from: strict only (BECH32_RULE).
 */
import { isBase58CheckAddress, isBech32Address } from '../wallet-checksums.js';
import { DIGIT_START } from './combined-rule.js';
import { firstLetterRule, inFrontOf } from './first-letter-rule.js';
import { ALL, STANDARD, STRICT, simple, type MatchContext, type RedactionRule } from './rule-types.js';

/** Words before an Ethereum address that say it is one (within a few words). */
const WALLET_WORDS = /(?:^|[^A-Za-z])(?:wallet|address|addr|eth|ether|ethereum|erc-?20|bep-?20|usdt|usdc|metamask|crypto|payout|deposit|receiving|recipient|send to|pay to|withdraw(?:al)?|adresse|direcci\xc3\xb3n|indirizzo|portafoglio|cartera|carteira|portefeuille)(?![A-Za-z])[^\n\r.;!?]{0,40}$/i;

/** Legacy Bitcoin and Ethereum addresses, from their first digit (one of the digit rule's shapes). */
export const WALLET_SHAPE_RULE: RedactionRule = {
  category: 'wallet',
  profiles: STANDARD,
  pattern: `${DIGIT_START}(?:(?<=[13])[1-9A-HJ-NP-Za-km-z]{24,33}|(?<=0)x[0-9a-fA-F]{40})(?![A-Za-z0-9_])`,
  replace: (c) => {
    const text = c.group(0)!;
    if (text[1] === 'x') return WALLET_WORDS.test(c.textBefore(64)) ? simple(c, 'wallet', text.toLowerCase()) : null;
    return isBase58CheckAddress(text) ? simple(c, 'wallet', text) : null;
  },
};

/** UPI payment handles of the banks and apps (NPCI's PSP handles, lower case as UPI writes them). */
const UPI_HANDLES = new Set([
  'okaxis', 'okhdfcbank', 'okicici', 'oksbi', 'ybl', 'ibl', 'axl', 'paytm', 'ptyes', 'ptaxis', 'pthdfc', 'ptsbi', 'apl', 'yapl', 'rapl', 'abfspay',
  'axisbank', 'axisb', 'hdfcbank', 'icici', 'sbi', 'kotak', 'barodampay', 'aubank', 'idfcbank', 'indus', 'rbl', 'yesbank', 'fam', 'jupiteraxis',
  'freecharge', 'ikwik', 'waaxis', 'wahdfcbank', 'waicici', 'wasbi', 'upi', 'pingpay', 'timecosmos', 'slice', 'naviaxis', 'superyes', 'kbl', 'pnb',
]);

/** The local part of a UPI id (letters, digits, '.', '-', '_'). */
const UPI_LOCAL = /[A-Za-z0-9._-]/;

function replaceUpi(c: MatchContext): string | null {
  const handle = c.group(1)!;
  if (c.profile === 'minimal') return null;
  const before = c.textBefore(112);
  const local = /[A-Za-z0-9._-]{1,64}$/.exec(before)?.[0] ?? '';
  if (!/^[A-Za-z0-9]/.test(local)) return null;
  const taken = c.takeBefore(UPI_LOCAL, local.length);
  c.coverAfter(handle.length);
  return simple(c, 'wallet', `${taken}@${handle}`.toLowerCase());
}

/**
 * Bech32 addresses in the strict profile: nothing rare starts them ('q' after "bc1" made the rare
 * pass of '@' five times slower: 'q' is in every "request"); the standard profile finds them
 * after a wallet key (redaction-keys.ts).
 */
export const BECH32_RULE: RedactionRule = {
  category: 'wallet',
  profiles: STRICT,
  pattern: '[bt](?<![A-Za-z0-9][bt])[bc]1([02-9ac-hj-np-z]{39,59}|[02-9AC-HJ-NP-Z]{39,59})(?![A-Za-z0-9_])',
  replace: (c) => (isBech32Address(c.group(0)!) ? simple(c, 'wallet', c.group(0)!.toLowerCase()) : null),
};

/** UPI ids from their '@'. */
const WALLET_LETTER_RULE = firstLetterRule(
  [
    // Only the known handles: a match that replace() turned down would hide its '@' from the other
    // rules that start there (kinit lfischer@CORP is an account).
    { letter: '@', gate: '(?<=[A-Za-z0-9]@)', branches: [{ source: `(${[...UPI_HANDLES].sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z0-9.@_(-])`, replace: replaceUpi }] },
  ],
  { category: 'wallet', profiles: STANDARD },
);

/** The e-mail rule's pass (rare, from '@') with UPI ids in front. */
export function withWalletBranches(email: RedactionRule): RedactionRule {
  return inFrontOf(WALLET_LETTER_RULE, null, email, ALL);
}
