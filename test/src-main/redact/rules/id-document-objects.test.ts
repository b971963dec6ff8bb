import { describe, expect, it } from 'vitest';
import { expectRedacted, redactLine } from '../../../helpers/redacted-line.js';

describe('a document number inside an object named for the document (standard)', () => {
  it.each([
    ['"passport": {"number": "NXR4K8L21"}', ['NXR4K8L21']],
    ['{"passport":{"type":"P","country":"NLD","issued":"2019-05-01","number":"NXR4K8L21"}}', ['NXR4K8L21']],
    ['"reisepass": {"nummer": "C4J7RT2X9"}, "Pasaporte": {"numero": "PAA123456"}', ['C4J7RT2X9', 'PAA123456']],
    ['"driver_license": {"no": "D1234567", "class": "B"}', ['D1234567']],
    ["passport: {number: 'X1234567'}", ['X1234567']],
    ['"passport": {\n  "number": "45 17 482913",\n  "country": "RU"\n}', ['482913']],
    ['"national_id": {"value": "AB1234567"}', ['AB1234567']],
  ])('redacts %s', (line, gone) => {
    expectRedacted(line, gone);
  });

  it('files it under the document and keeps the rest of the object', () => {
    expect(redactLine('{"passport":{"country":"NLD","number":"NXR4K8L21","expires":"2031-05-01"}}')).toBe(
      '{"passport":{"country":"NLD","number":"<passport-1>","expires":"2031-05-01"}}',
    );
    expect(redactLine('"driver_license": {"no": "D1234567"}, "passport": {"number": "NXR4K8L21"}')).toBe(
      '"driver_license": {"no": "<driving-licence-1>"}, "passport": {"number": "<passport-1>"}',
    );
  });

  it('keeps numbers of other objects and what is no document number', () => {
    const line = '"plan": {"number": "ABC1234"}, "sip": {"number": "1001"}, "passport": {"number": 3}, "passport": {"enabled": true}, "call": {"no": "CALL-1234567"}';
    expect(redactLine(line)).toBe(line);
  });
});
