// Crypto wallets and UPI ids in prose (standard profile; bech32 in strict). Addresses were made
// for these tests (base58check and bech32 checksums computed over invented hashes); one changed
// character must fail the checksum and stay, as must hashes, memory addresses and mail hosts.
import { describe, expect, it } from 'vitest';
import { expectRedacted, redactLine } from '../../../helpers/redacted-line.js';

const P2PKH = '1FiEJoawwcYAdBXj5i3c7LNcnXJHq6cTdy';
const P2SH = '3MF8ua1qEf7bbuuzktEizagFf2H45GgDJ6';
const BECH32 = 'bc1qd6jnu0tsud6rengncnup0lsvsklepgzgyms9ry';
const TAPROOT = 'bc1pa086c8h69ce7f4yjwqdhpnta7vt5tjgxa086c8h69ce7f4yjwqdh3k2w8f';
const ETH = '0x5e3f1b7a2c9d48e0a6b1c3d5e7f9a1b3c5d7e9f1';

describe('crypto wallets', () => {
  it('finds legacy Bitcoin addresses anywhere by their checksum', () => {
    const out = expectRedacted(`pay ${P2PKH} or ${P2SH} today`, [P2PKH, P2SH], ['pay', 'today']);
    expect(out).toContain('<wallet-1>');
  });

  it('keeps a legacy address with one character changed', () => {
    const line = `pay ${P2PKH.slice(0, -1)}z or ${P2SH.slice(0, -1)}7`;
    expect(redactLine(line)).toBe(line);
  });

  it('finds an Ethereum address after a wallet word, in several spellings', () => {
    expectRedacted(`my ETH address: ${ETH}`, [ETH]);
    expectRedacted(`send the USDT (ERC-20) to ${ETH.toUpperCase().replace('0X', '0x')}`, [ETH.toUpperCase().slice(2)]);
    expectRedacted(`Wallet ${ETH}`, [ETH]);
  });

  it('keeps 0x hashes and memory addresses of a log', () => {
    const line = `commit ${ETH} ptr 0x7ffd5e3f1b7a sha 0x${'ab'.repeat(32)}`;
    expect(redactLine(line)).toBe(line);
  });

  it('finds bech32 and bech32m addresses in the strict profile, and keeps a mistyped one', () => {
    expectRedacted(`deposit to ${BECH32} or ${TAPROOT}`, [BECH32, TAPROOT], [], { profile: 'strict' });
    const typo = `deposit to ${BECH32.slice(0, -1)}z`;
    expect(redactLine(typo, { profile: 'strict' })).toBe(typo);
  });
});

describe('UPI ids', () => {
  it('finds an id at a known handle', () => {
    expectRedacted('send via UPI to priya.k@okhdfcbank or ravi@ybl, upi id ravi99@paytm', ['priya.k', 'ravi@ybl', 'ravi99']);
    expectRedacted('GPay: meera-2@oksbi', ['meera-2']);
  });

  it('keeps local accounts, mail addresses for the e-mail rule and a DSN', () => {
    const out = redactLine('admin@localhost root@pbx mail a@b.example.com user:pw@tcp(db:3306)/x root@sbi.example.org');
    expect(out).toContain('admin@localhost root@pbx');
    expect(out).not.toContain('root@sbi');
    expect(out).toContain('<email-1>');
    expect(out).toContain('<url-credentials-1>@tcp(');
  });

  it('leaves UPI ids in the minimal profile', () => {
    expect(redactLine('UPI ravi@ybl', { profile: 'minimal' })).toBe('UPI ravi@ybl');
  });
});
