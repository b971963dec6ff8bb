// `reg query` output (the layout Microsoft's reg documentation shows); values made up.
import { describe, expect, it } from 'vitest';
import { RedactStream } from '../../../src-main/redact/redact-stream.js';
import { Redactor, toLatin1Text } from '../../../src-main/redact/redactor.js';

async function stream(text: string, profile: 'minimal' | 'standard' = 'standard'): Promise<string> {
  const redacting = new RedactStream(new Redactor({ profile }));
  const out: Buffer[] = [];
  redacting.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => redacting.on('end', resolve));
  redacting.end(toLatin1Text(text));
  await done;
  return Buffer.concat(out).toString('utf8');
}

const utf16Hex = (text: string): string => Buffer.from(`${text}\0`, 'utf16le').toString('hex').toUpperCase();

const REG = [
  '',
  'HKEY_CURRENT_USER\\Software\\Zoom\\Phone',
  '    SipPassword    REG_SZ    Reg5ecretPw',
  '    SipUser    REG_SZ    hbrandt',
  '    DisplayName    REG_SZ    Tobiah Quennell',
  '    Contacts    REG_MULTI_SZ    Ysolde Marchetti\\0Ezinne Abara',
  '    RecentNumbers    REG_MULTI_SZ    +4930901820\\0+442079460321',
  '    Servers    REG_MULTI_SZ    us01sipbr01.zoom.us\\0time.google.com',
  '    LastSeen    REG_BINARY    0A0B0C0D0E0F',
  '    Blob    REG_BINARY    01000000D08C9DDF0115D1118C7A00C04FC297EB0100000099AA',
  `    LastCaller    REG_BINARY    ${utf16Hex('+1 415 555 0142')}`,
  `    Theme    REG_BINARY    ${utf16Hex('dark')}`,
  '    Version    REG_SZ    6.3.11',
  '    LogLevel    REG_DWORD    0x3',
  '    PasswordLastSet    REG_QWORD    0x1db6c2a1f00',
  '    InstallPath    REG_EXPAND_SZ    %ProgramFiles%\\Zoom\\bin',
  '    (Default)    REG_SZ    ',
  '',
].join('\r\n');

describe('registry values', () => {
  it('judges each value by its name, each list item on its own, and binary secrets whole', async () => {
    const out = await stream(REG);
    for (const gone of ['Reg5ecretPw', 'hbrandt', 'Tobiah', 'Ysolde', 'Ezinne', '4930901820', '2079460321', '01000000D08C9DDF', utf16Hex('+1 415 555 0142')]) expect(out, `${gone} survived:\n${out}`).not.toContain(gone);
    for (const kept of ['    SipPassword    REG_SZ    <', 'REG_MULTI_SZ    <', '>\\0<', 'us01sipbr01.zoom.us\\0time.google.com', '    LastSeen    REG_BINARY    0A0B0C0D0E0F', utf16Hex('dark'),
      '    Version    REG_SZ    6.3.11\r\n', '    LogLevel    REG_DWORD    0x3', 'PasswordLastSet    REG_QWORD    0x1db6c2a1f00', '%ProgramFiles%\\Zoom\\bin', '    (Default)    REG_SZ    \r\n']) {
      expect(out, `${kept} lost:\n${out}`).toContain(kept);
    }
  });

  it('takes secrets in the minimal profile and keeps names there', async () => {
    const out = await stream(REG, 'minimal');
    expect(out).not.toContain('Reg5ecretPw');
    expect(out).not.toContain('01000000D08C9DDF');
    expect(out).toContain('Tobiah Quennell');
  });
});

describe('Windows tool lists', () => {
  it('reads Format-List and systeminfo properties as keys', async () => {
    const out = await stream([
      'UserPrincipalName : t.quennell@contoso.example',
      'GivenName         : Tobiah',
      'Surname           : Quennell',
      'SamAccountName    : tquennell',
      'MobilePhone       : +1 415 555 0177',
      'OfficePhone       : 415-555-0188',
      'StreetAddress     : 9 Harrow Row',
      'Enabled           : True',
      'PasswordLastSet   : 3/4/2026 10:00:00 AM',
      'ObjectGUID        : 8f9e7d6c-1b2a-4c3d-9e8f-0a1b2c3d4e5f',
      '',
      'Registered Owner:          Ezinne Abara',
      'Registered Organization:   Quennell Brothers Ltd',
      'OS Version:                10.0.22631 N/A Build 22631',
      '',
    ].join('\n'));
    for (const gone of ['quennell@', 'Tobiah', 'Quennell', 'tquennell', '555 0177', '555-0188', 'Harrow', 'Ezinne', 'Abara']) expect(out, `${gone} survived:\n${out}`).not.toContain(gone);
    for (const kept of ['GivenName         : <', 'Enabled           : True', 'PasswordLastSet   : 3/4/2026 10:00:00 AM', '8f9e7d6c-1b2a-4c3d-9e8f-0a1b2c3d4e5f', 'Registered Owner:          <', '10.0.22631 N/A Build 22631']) {
      expect(out, `${kept} lost:\n${out}`).toContain(kept);
    }
  });
});
