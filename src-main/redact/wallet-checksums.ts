/**
 * Checks of crypto wallet addresses by their own checksums, so an address is found without a label
 * and a random word of the same alphabet stays: Bitcoin bech32 and bech32m (BIP 173, BIP 350: the
 * polymod over the human-readable part and the data) and base58check (a version byte, 20 bytes of
 * hash and the first four bytes of a double SHA-256 of them).
 */
import { createHash } from 'node:crypto';

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
/** The polymod constant of bech32 (witness v0) and bech32m (v1 and later). */
const BECH32_CONST = 1;
const BECH32M_CONST = 0x2bc830a3;

function polymod(values: readonly number[]): number {
  let check = 1;
  for (const value of values) {
    const top = check >>> 25;
    check = ((check & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) check ^= GENERATOR[i]!;
  }
  return check >>> 0;
}

/**
 * True for a Bitcoin segwit address (bc1... or testnet tb1..., one case): its checksum is bech32
 * for witness version 0 (bc1q, 42 or 62 characters) and bech32m for later versions (bc1p taproot).
 */
export function isBech32Address(text: string): boolean {
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) return false;
  const lower = text.toLowerCase();
  const parts = /^(bc|tb)1([02-9ac-hj-np-z]{8,87})$/.exec(lower);
  if (!parts || lower.length > 90) return false;
  const data = [...parts[2]!].map((c) => BECH32_CHARSET.indexOf(c));
  const hrp = parts[1]!;
  const expanded = [...hrp].map((c) => c.charCodeAt(0) >> 5).concat(0, [...hrp].map((c) => c.charCodeAt(0) & 31));
  const version = data[0]!;
  if (version > 16) return false;
  const program = data.length - 7;
  // Witness v0 programs are 20 or 32 bytes (32 or 52 five-bit groups); later ones 2 to 40 bytes.
  if (version === 0 && program !== 32 && program !== 52) return false;
  return polymod(expanded.concat(data)) === (version === 0 ? BECH32_CONST : BECH32M_CONST);
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** The bytes a base58 string stands for (leading '1's are zero bytes), or null on a character outside the alphabet. */
function base58Bytes(text: string): Uint8Array | null {
  let value = 0n;
  for (const c of text) {
    const digit = BASE58.indexOf(c);
    if (digit < 0) return null;
    value = value * 58n + BigInt(digit);
  }
  const bytes: number[] = [];
  for (; value > 0n; value >>= 8n) bytes.unshift(Number(value & 0xffn));
  for (let i = 0; i < text.length && text[i] === '1'; i++) bytes.unshift(0);
  return Uint8Array.from(bytes);
}

/**
 * True for a Bitcoin legacy address (P2PKH 1..., P2SH 3...): 25 bytes, version 0x00 or 0x05, and
 * the last four the start of the double SHA-256 of the first 21.
 */
export function isBase58CheckAddress(text: string): boolean {
  if (!/^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(text)) return false;
  const bytes = base58Bytes(text);
  if (!bytes || bytes.length !== 25 || (bytes[0] !== 0x00 && bytes[0] !== 0x05)) return false;
  const body = bytes.subarray(0, 21);
  const digest = createHash('sha256').update(createHash('sha256').update(body).digest()).digest();
  return digest[0] === bytes[21] && digest[1] === bytes[22] && digest[2] === bytes[23] && digest[3] === bytes[24];
}
