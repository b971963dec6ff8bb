import { getCountries, getCountryCallingCode } from 'libphonenumber-js/min';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { parsedShape, phoneShape } from '../../../src-main/redact/phone-shape.js';
import { seededRandom } from '../../helpers/seeded-random.js';

/** `count` random digit strings of 1-17 digits after `head`. */
function randomDigits(random: () => number, head: string, count: number): string[] {
  return Array.from({ length: count }, () => {
    let digits = head;
    const length = 1 + Math.floor(random() * 17);
    for (let i = 0; i < length; i++) digits += Math.floor(random() * 10);
    return digits;
  });
}

describe('phoneShape', () => {
  it('gives the calling code and national digit count', () => {
    expect(phoneShape('+1 415 555 0123')).toBe('+1:10d');
    expect(phoneShape('+44 20 7183 8750')).toBe('+44:10d');
    expect(phoneShape('+358 40 1234567')).toBe('+358:9d');
    expect(phoneShape('+800 1234 5678')).toBe('+800:8d');
    expect(phoneShape('415-555-0123')).toBe('10d');
    expect(phoneShape('+999 12345')).toBe('+?:8d');
  });

  it('equals libphonenumber\'s full parse on every country\'s example number and on seeded random digits', () => {
    const random = seededRandom(20261129);
    const inputs: string[] = [];
    for (const country of getCountries()) {
      const code = getCountryCallingCode(country);
      const example = examples[country];
      if (example) inputs.push(code + example);
      // Random national parts, many starting with the plan's national prefix (0, 1, 8...).
      inputs.push(...randomDigits(random, code, 30), ...randomDigits(random, `${code}0`, 10), ...randomDigits(random, `${code}1`, 5), ...randomDigits(random, `${code}8`, 5));
    }
    for (const code of ['800', '808', '870', '878', '881', '882', '883', '888', '979']) inputs.push(...randomDigits(random, code, 20));
    inputs.push(...randomDigits(random, '', 5000).filter((digits) => digits.length > 0));
    const differ = inputs.filter((digits) => phoneShape(`+${digits}`) !== parsedShape(digits));
    expect(inputs.length).toBeGreaterThan(15_000);
    expect(differ.map((digits) => `${digits}: ${phoneShape(`+${digits}`)} vs ${parsedShape(digits)}`)).toEqual([]);
  });
});
