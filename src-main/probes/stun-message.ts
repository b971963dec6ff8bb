/**
 * RFC 5389 STUN messages: encoding a Binding Request and reading a Binding response, including
 * XOR-MAPPED-ADDRESS (section 15.2), MAPPED-ADDRESS (15.1) and ERROR-CODE (15.6).
 */

export const STUN_MAGIC_COOKIE = 0x2112a442;
const BINDING_REQUEST = 0x0001;
const BINDING_SUCCESS = 0x0101;
const BINDING_ERROR = 0x0111;
const ATTR_MAPPED_ADDRESS = 0x0001;
const ATTR_ERROR_CODE = 0x0009;
const ATTR_XOR_MAPPED_ADDRESS = 0x0020;
const HEADER_BYTES = 20;

export interface MappedAddress {
  family: 4 | 6;
  address: string;
  port: number;
}

/** A Binding response that matched our transaction. */
export type StunResponse =
  | { type: 'success'; mapped: MappedAddress | null; xored: boolean }
  | { type: 'error'; code: number; reason: string };

/** A 20-byte Binding Request with no attributes. */
export function encodeBindingRequest(transactionId: Buffer): Buffer {
  if (transactionId.length !== 12) throw new Error('a STUN transaction id has 12 bytes');
  const message = Buffer.alloc(HEADER_BYTES);
  message.writeUInt16BE(BINDING_REQUEST, 0);
  message.writeUInt16BE(0, 2);
  message.writeUInt32BE(STUN_MAGIC_COOKIE, 4);
  transactionId.copy(message, 8);
  return message;
}

function ipv6(bytes: Buffer): string {
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(bytes.readUInt16BE(i).toString(16));
  return groups.join(':'); // uncompressed but valid; redaction matches either form
}

/** Reads an (XOR-)MAPPED-ADDRESS value; `xorKey` is cookie + transaction id for the XOR form. */
function readAddress(value: Buffer, xorKey: Buffer | null): MappedAddress | null {
  const family = value[1];
  if (value.length < 8 || (family !== 1 && family !== 2)) return null;
  const raw = Buffer.from(value.subarray(4, family === 1 ? 8 : 20));
  if (raw.length !== (family === 1 ? 4 : 16)) return null;
  let port = value.readUInt16BE(2);
  if (xorKey) {
    port ^= STUN_MAGIC_COOKIE >>> 16;
    for (let i = 0; i < raw.length; i++) raw[i]! ^= xorKey[i]!;
  }
  return family === 1 ? { family: 4, address: [...raw].join('.'), port } : { family: 6, address: ipv6(raw), port };
}

/** Parses a datagram; null unless it is a Binding response to this transaction. */
export function parseBindingResponse(message: Buffer, transactionId: Buffer): StunResponse | null {
  if (message.length < HEADER_BYTES || (message[0]! & 0xc0) !== 0) return null;
  const type = message.readUInt16BE(0);
  const length = message.readUInt16BE(2);
  if (message.readUInt32BE(4) !== STUN_MAGIC_COOKIE || !message.subarray(8, 20).equals(transactionId)) return null;
  if (type !== BINDING_SUCCESS && type !== BINDING_ERROR) return null;
  if (HEADER_BYTES + length > message.length) return null;
  const xorKey = message.subarray(4, 20);
  let mapped: MappedAddress | null = null;
  let xorMapped: MappedAddress | null = null;
  let error: { code: number; reason: string } | null = null;
  for (let offset = HEADER_BYTES; offset + 4 <= HEADER_BYTES + length; ) {
    const attrType = message.readUInt16BE(offset);
    const attrLength = message.readUInt16BE(offset + 2);
    const value = message.subarray(offset + 4, offset + 4 + attrLength);
    if (attrType === ATTR_XOR_MAPPED_ADDRESS) xorMapped = readAddress(value, xorKey);
    else if (attrType === ATTR_MAPPED_ADDRESS) mapped = readAddress(value, null);
    else if (attrType === ATTR_ERROR_CODE && value.length >= 4) {
      error = { code: (value[2]! & 0x07) * 100 + value[3]!, reason: value.subarray(4).toString('utf8') };
    }
    offset += 4 + Math.ceil(attrLength / 4) * 4; // attributes are padded to 4 bytes
  }
  if (type === BINDING_ERROR) return { type: 'error', code: error?.code ?? 0, reason: error?.reason ?? '' };
  return { type: 'success', mapped: xorMapped ?? mapped, xored: xorMapped !== null };
}

/**
 * RFC 5389 section 7.2.1: send at 0, RTO, 3 RTO, 7 RTO... (doubling), Rc transmissions in all,
 * then wait Rm x RTO after the last. Defaults RTO 500 ms, Rc 7, Rm 16 give sends at
 * 0, 500, 1500, 3500, 7500, 15500, 31500 ms and failure at 39500 ms.
 */
export function stunRetransmitSchedule(rtoMs = 500, rc = 7, rm = 16): { sendAtMs: number[]; giveUpAtMs: number } {
  const sendAtMs: number[] = [];
  let at = 0;
  let interval = rtoMs;
  for (let i = 0; i < rc; i++) {
    sendAtMs.push(at);
    if (i < rc - 1) {
      at += interval;
      interval *= 2;
    }
  }
  return { sendAtMs, giveUpAtMs: at + rm * rtoMs };
}
