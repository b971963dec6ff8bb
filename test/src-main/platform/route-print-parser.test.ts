import { describe, expect, it } from 'vitest';
import { decoderForCodePage } from '../../../src-main/platform/code-page-decoder.js';
import { parseRoutePrintDefaults } from '../../../src-main/platform/route-print-parser.js';
import { commandFixture } from '../../helpers/fixture-runner.js';

describe('parseRoutePrintDefaults', () => {
  it('reads the active catch-all routes by their columns, whatever the gateway word ("Auf Verbindung")', () => {
    expect(parseRoutePrintDefaults(commandFixture('win32/route-print-de.cp850.txt', decoderForCodePage(850)))).toEqual(['192.168.1.23', '10.66.66.2']);
  });

  it("counts OpenVPN's def1 halves and skips the persistent routes' four columns", () => {
    const output = [
      '          0.0.0.0        128.0.0.0         10.8.0.1         10.8.0.6    281',
      '        128.0.0.0        128.0.0.0         10.8.0.1         10.8.0.6    281',
      '          0.0.0.0          0.0.0.0    192.168.1.254  Default',
      '      192.168.1.0    255.255.255.0         On-link     192.168.1.23    291',
    ].join('\r\n');
    expect(parseRoutePrintDefaults(output)).toEqual(['10.8.0.6']);
  });
});
