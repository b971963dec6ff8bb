import { describe, expect, it } from 'vitest';
import { expectRedacted, redactLine } from '../../../helpers/redacted-line.js';

describe('lists of plates after a key (standard)', () => {
  it.each([
    ['vehicle.gate.whitelist = 34 ABC 482, 34 KMT 71', ['34 ABC 482', '34 KMT 71']],
    ['allowed_plates: 34 ABC 482, 34 KMT 71, 06 BZ 1234', ['34 ABC 482', '34 KMT 71', '06 BZ 1234']],
    ['plate_whitelist=34ABC482,34KMT71', ['34ABC482', '34KMT71']],
    ['plates = "34 ABC 482", "34 KMT 71"', ['34 ABC 482', '34 KMT 71']],
    ['parking_whitelist: "WX 4821K", "GH-482-KT", "Е482КМ199"', ['WX 4821K', 'GH-482-KT', 'Е482КМ199']],
  ])('redacts %s', (line, gone) => {
    expectRedacted(line, gone);
  });

  it('gives each plate its own placeholder, the same as elsewhere', () => {
    expect(redactLine('vehicle.gate.whitelist = 34 ABC 482, 34 KMT 71 plate: 34 KMT 71')).toBe(
      'vehicle.gate.whitelist = <licence-plate-1>, <licence-plate-2> plate: <licence-plate-2>',
    );
  });

  it('keeps whitelists of other things and what follows a list', () => {
    const line = 'sip.whitelist = SBC1, SBC2 whitelist=34 ABC 482 codec.allowlist = G722, OPUS';
    expect(redactLine(line)).toBe(line);
    expect(redactLine('plate: 34 ABC 482, 3600 ms, ABC 12')).toBe('plate: <licence-plate-1>, 3600 ms, ABC 12');
    expect(redactLine('ip.whitelist = 10.0.0.1, 10.0.0.2')).not.toContain('licence-plate');
  });

  it('is off in the minimal profile', () => {
    const line = 'vehicle.gate.whitelist = 34 ABC 482, 34 KMT 71';
    expect(redactLine(line, { profile: 'minimal' })).toBe(line);
  });
});
