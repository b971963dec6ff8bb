import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeBindingRequest, parseBindingResponse, STUN_MAGIC_COOKIE } from '../../../src-main/probes/stun-message.js';

/** A response header plus attributes, as a server would send it. */
function response(type: number, transactionId: Buffer, attributes: Buffer[]): Buffer {
  const body = Buffer.concat(attributes);
  const header = Buffer.alloc(20);
  header.writeUInt16BE(type, 0);
  header.writeUInt16BE(body.length, 2);
  header.writeUInt32BE(STUN_MAGIC_COOKIE, 4);
  transactionId.copy(header, 8);
  return Buffer.concat([header, body]);
}

function attribute(type: number, value: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt16BE(type, 0);
  header.writeUInt16BE(value.length, 2);
  return Buffer.concat([header, value, Buffer.alloc((4 - (value.length % 4)) % 4)]);
}

describe('STUN messages (RFC 5389)', () => {
  const id = randomBytes(12);

  it('encodes a 20-byte Binding Request with the magic cookie and the transaction id', () => {
    const request = encodeBindingRequest(id);
    expect(request).toHaveLength(20);
    expect(request.subarray(0, 8).toString('hex')).toBe('000100002112a442');
    expect(request.subarray(8).equals(id)).toBe(true);
  });

  it('decodes an IPv4 XOR-MAPPED-ADDRESS (RFC 5769 test vector address 192.0.2.1:32853)', () => {
    // RFC 5769 2.2: XOR-MAPPED-ADDRESS value for 192.0.2.1 port 32853 is 0001 a147 e112a643.
    const value = Buffer.from('0001a147e112a643', 'hex');
    const parsed = parseBindingResponse(response(0x0101, id, [attribute(0x8022, Buffer.from('test')), attribute(0x0020, value)]), id);
    expect(parsed).toEqual({ type: 'success', xored: true, mapped: { family: 4, address: '192.0.2.1', port: 32853 } });
  });

  it('decodes IPv6 XOR-MAPPED-ADDRESS against cookie + transaction id, and falls back to MAPPED-ADDRESS', () => {
    const raw = Buffer.from('20010db8000000000000000000000001', 'hex');
    const key = Buffer.concat([Buffer.from('2112a442', 'hex'), id]);
    const xored = Buffer.from(raw.map((byte, i) => byte ^ key[i]!));
    const value = Buffer.concat([Buffer.from([0, 2]), Buffer.from([(3478 >> 8) ^ 0x21, (3478 & 0xff) ^ 0x12]), xored]);
    expect(parseBindingResponse(response(0x0101, id, [attribute(0x0020, value)]), id)).toMatchObject({ mapped: { family: 6, address: '2001:db8:0:0:0:0:0:1', port: 3478 } });
    const plain = Buffer.from('0001d43fc0000201', 'hex'); // MAPPED-ADDRESS 192.0.2.1:54335, not xored
    expect(parseBindingResponse(response(0x0101, id, [attribute(0x0001, plain)]), id)).toEqual({ type: 'success', xored: false, mapped: { family: 4, address: '192.0.2.1', port: 54335 } });
  });

  it('reads ERROR-CODE from an error response and ignores other transactions and non-STUN data', () => {
    const error = Buffer.concat([Buffer.from([0, 0, 4, 1]), Buffer.from('Unauthorized')]);
    expect(parseBindingResponse(response(0x0111, id, [attribute(0x0009, error)]), id)).toEqual({ type: 'error', code: 401, reason: 'Unauthorized' });
    expect(parseBindingResponse(response(0x0101, randomBytes(12), []), id)).toBeNull();
    expect(parseBindingResponse(Buffer.from('GET / HTTP/1.1\r\n\r\n'), id)).toBeNull();
  });
});
