// IBANs by the registry's lengths and mod 97; examples from the IBAN registry and banks' documentation.
import { describe, expect, it } from 'vitest';
import { ibanAt, isIban } from '../../../src-main/redact/iban.js';

describe('IBAN', () => {
  it('accepts IBANs of several countries and refuses a wrong check, length or country', () => {
    expect(['DE89370400440532013000', 'GB29NWBK60161331926819', 'FR1420041010050500013M02606', 'NL91ABNA0417164300', 'NO9386011117947', 'gb29nwbk60161331926819'].every(isIban)).toBe(true);
    expect(['DE89370400440532013001', 'DE8937040044053201300', 'XX89370400440532013000', 'DE89 3704'].some(isIban)).toBe(false);
  });

  it('reads one whole or grouped by four, and not into the next word or group', () => {
    expect(ibanAt('DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX')).toBe('DE89 3704 0044 0532 0130 00');
    expect(ibanAt('GB29NWBK60161331926819, paid')).toBe('GB29NWBK60161331926819');
    expect(ibanAt('DE89370400440532013000X')).toBeNull();
    expect(ibanAt('DE89 37040 044 0532 0130 00')).toBeNull();
  });
});
