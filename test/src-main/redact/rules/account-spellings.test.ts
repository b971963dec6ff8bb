// Every spelling of the collected account's real name, its user name and host name.
import { describe, expect, it } from 'vitest';
import { fullNameSpellings } from '../../../../src-main/redact/rules/account-spellings.js';
import { expectRedacted, redactLine } from '../../../helpers/redacted-line.js';

describe('the account being collected', () => {
  it('lists the spellings of a real name', () => {
    expect(fullNameSpellings('Ramón Ortega')).toEqual(expect.arrayContaining(['Ramón Ortega', 'Ortega, Ramón', 'R. Ortega', 'ROrtega', 'RamónOrtega', 'Ramón.Ortega', 'Ramon Ortega', 'Ram\\u00f3n Ortega', 'Ram&oacute;n Ortega', "Ramón's", 'Ramóns']));
  });

  it('redacts them in any case, order swapped, by initial, joined, possessive, folded and escaped', () => {
    const settings = { fullName: 'Lena Fischer', username: 'lfischer', hostname: 'LENAS-MBP' };
    expectRedacted(
      'owner Lena Fischer / FISCHER, LENA / fischer lena / L. Fischer / LFischer / lena.fischer / LenaFischer / lena_fischer / Lena F. / Lena\u2019s MacBook Pro / lenas-iphone / LFISCHER-PC',
      ['Lena', 'LENA', 'lena', 'Fischer', 'FISCHER', 'fischer'],
      ['owner ', ' MacBook Pro', '-iphone', '-PC'],
      settings,
    );
    expectRedacted('Ramon Ortega, RAMÓN ORTEGA, Ram\\u00f3n Ortega, Ram&oacute;n Ortega', ['Ramon', 'RAMÓN', 'Ram\\u00f3n', 'Ram&oacute;n', 'Ortega', 'ORTEGA'], [], { fullName: 'Ramón Ortega' });
  });

  it('keeps common words that share letters with the name', () => {
    expect(redactLine('the fisher stays and lenient too', { fullName: 'Lena Fischer', username: 'lfischer' })).toBe('the fisher stays and lenient too');
  });
});
