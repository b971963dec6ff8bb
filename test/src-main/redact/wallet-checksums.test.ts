// Wallet checksums: addresses made for these tests and the published examples of BIP 173 and the
// Bitcoin wiki's base58 page; one changed character must fail.
import { describe, expect, it } from 'vitest';
import { isBase58CheckAddress, isBech32Address } from '../../../src-main/redact/wallet-checksums.js';

describe('isBech32Address', () => {
  it('accepts bech32 (v0) and bech32m (v1) addresses in one case', () => {
    expect(isBech32Address('bc1qd6jnu0tsud6rengncnup0lsvsklepgzgyms9ry')).toBe(true);
    expect(isBech32Address('BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4')).toBe(true);
    expect(isBech32Address('bc1pa086c8h69ce7f4yjwqdhpnta7vt5tjgxa086c8h69ce7f4yjwqdh3k2w8f')).toBe(true);
  });

  it('rejects a changed character, mixed case and a v0 program of the wrong length', () => {
    expect(isBech32Address('bc1qd6jnu0tsud6rengncnup0lsvsklepgzgyms9rz')).toBe(false);
    expect(isBech32Address('bc1Qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toBe(false);
    expect(isBech32Address('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t')).toBe(false);
  });
});

describe('isBase58CheckAddress', () => {
  it('accepts P2PKH and P2SH addresses and rejects a changed character', () => {
    expect(isBase58CheckAddress('1FiEJoawwcYAdBXj5i3c7LNcnXJHq6cTdy')).toBe(true);
    expect(isBase58CheckAddress('3MF8ua1qEf7bbuuzktEizagFf2H45GgDJ6')).toBe(true);
    expect(isBase58CheckAddress('1FiEJoawwcYAdBXj5i3c7LNcnXJHq6cTdz')).toBe(false);
    expect(isBase58CheckAddress('1FiEJoawwcYAdBXj5i3c7L0cnXJHq6cTdy')).toBe(false);
  });
});
