// Windows and Kerberos account names with their domain, and roaming home shares.
import { describe, expect, it } from 'vitest';
import { expectRedacted, redactLine } from '../../../helpers/redacted-line.js';

describe('account names', () => {
  it.each([
    ['logon CORP\\lfischer ok', ['lfischer'], ['logon CORP\\', ' ok']],
    // After a user key the key rule takes the whole value, domain and all.
    ['{"user":"CORP\\\\lfischer"}', ['lfischer'], ['{"user":"']],
    ['kinit lfischer@CORP and tgt for mkumar@EXAMPLE', ['lfischer', 'mkumar'], ['@CORP', '@EXAMPLE']],
    ['principal lfischer@CORP.EXAMPLE.COM', ['lfischer'], ['principal ']],
    ['UNC \\\\filesrv2\\users$\\lfischer\\Desktop and \\\\srv\\homes\\mkumar\\x and \\\\srv\\profiles$\\jdoe.V6', ['lfischer', 'mkumar', 'jdoe'], ['\\users$\\', '\\Desktop']],
  ])('redacts %s', (line, gone, kept) => {
    expectRedacted(line, gone, kept);
  });

  it('keeps system accounts, registry hives, paths and service principals', () => {
    for (const line of ['NT AUTHORITY\\SYSTEM and BUILTIN\\Administrators', 'HKLM\\software\\zoom and HKCU\\software', 'C:\\Windows\\system32', 'HTTP/web01@CORP', 'WORKGROUP\\administrator']) {
      expect(redactLine(line)).toBe(line);
    }
  });
});

describe("whoami's lower-case domain", () => {
  it('takes the account before its SID, and reads no other lower-case path as an account', () => {
    expect(redactLine('wislatrans\\ttoth.eszter S-1-5-21-1004336348-1177238915-682003330-1001')).toMatch(/^wislatrans\\<user-1> <sid-1>$/);
    expect(redactLine('zoom\\bin and logs\\app.log')).toBe('zoom\\bin and logs\\app.log');
  });
});
