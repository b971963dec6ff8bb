// Machine-readable zones (issue 24): ICAO Doc 9303's specimen zones (the ERIKSSON documents of
// Utopia), as lines, in JSON strings and as list items; number lines by their check digits.
import { describe, expect, it } from 'vitest';
import { expectRedacted } from '../../../helpers/redacted-line.js';
import { mrzCheckDigit } from '../../../../src-main/redact/rules/mrz-zones.js';

const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
const TD2 = ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'];
const TD1 = ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'];

describe('machine-readable zones', () => {
  it('computes ICAO 9303 check digits (weights 7-3-1)', () => {
    expect(mrzCheckDigit('L898902C3')).toBe(6);
    expect(mrzCheckDigit('740812')).toBe(2);
    expect(mrzCheckDigit('D23145890')).toBe(7);
    expect(mrzCheckDigit('<<<<<<')).toBe(0);
  });

  it('takes TD3, TD2 and TD1 zones as lines, in JSON strings and as list items', () => {
    expectRedacted(`mrz:\n${TD3.join('\n')}\nnext line`, [...TD3, 'ERIKSSON', 'L898902C3'], ['mrz:\n<passport-', '\nnext line']);
    expectRedacted(`{"mrz":"${TD1.join('\\n')}"}`, [...TD1, 'ERIKSSON', 'D23145890'], ['{"mrz":"<passport-']);
    expectRedacted(`"lines": ["${TD3[0]}", "${TD3[1]}"]`, [...TD3], ['"lines": ["<passport-']);
    expectRedacted(`id card ${TD2.join(' ')} scanned`, [...TD2, 'ERIKSSON'], ['id card <passport-', ' scanned']);
    expectRedacted('IDFRABERTHIER<<<<<<<<<<<<<<<<<<<<<<<\n9409923102854CORINNE<<<<<<<6512068F6', ['BERTHIER', 'CORINNE', '6512068'], ['<passport-']);
    expectRedacted(`number line only: ${TD3[1]}`, [TD3[1]!], ['number line only: ']);
  });

  it('keeps a number line whose check digits fail, code with <, and the zones in minimal', () => {
    expectRedacted('L898902C35UTO7408123F1204150ZE184226B<<<<<10 List<String> a<<b X<Y CPU<<<', [], ['L898902C35UTO7408123F1204150ZE184226B<<<<<10', 'List<String>', 'a<<b', 'X<Y']);
    expectRedacted(TD3.join('\n'), [], [TD3[0]!], { profile: 'minimal' });
  });
});
