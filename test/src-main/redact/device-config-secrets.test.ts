// Credentials of router and firewall configurations: the value after the word (and a type number
// or ENC) goes, the configuration's words stay; text that is no configuration stays as written.
import { describe, expect, it } from 'vitest';
import { redactedStream } from '../../helpers/redacted-stream.js';

describe('device configuration credentials', () => {
  it('takes the secrets of a Cisco IOS/ASA running-config and keeps the type numbers and the structure', async () => {
    const config = [
      'hostname edge-rtr1',
      '!',
      'enable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM',
      'username admin privilege 15 password 7 0822455D0A16',
      'key chain RIP-KEYS',
      ' key 1',
      '  key-string 7 110A1016141D',
      'tunnel-group 198.51.100.7 ipsec-attributes',
      ' ikev1 pre-shared-key Vpn-Shared-42',
      'radius-server key 7 05080F1C2243',
      'line vty 0 4',
      ' password 0 Telnet#2020',
      ' transport input ssh',
      '!',
      '',
    ].join('\n');
    const out = await redactedStream(config, 'minimal');
    for (const value of ['nhEmQVczB7dqsO', '0822455D0A16', '110A1016141D', 'Vpn-Shared-42', '05080F1C2243', 'Telnet#2020']) expect(out, value).not.toContain(value);
    expect(out).toContain('enable secret 9 <secret-1>\nusername admin privilege 15 password 7 <secret-2>\nkey chain RIP-KEYS\n key 1\n  key-string 7 <secret-3>\n');
    expect(out).toContain(' password 0 <secret-6>\n transport input ssh\n');
  });

  it("takes FortiOS's set password / psksecret values and keeps ENC", async () => {
    const config = 'config system admin\n    edit "admin"\n        set password ENC SH2nlSm9QL9tapcHPXIqAXvX7vBJuu=\n        set accprofile "super_admin"\n    next\nend\nconfig vpn ipsec phase1-interface\n    edit "to-branch"\n        set psksecret ENC 2PZ3ocX29+VqmjXKlJ\n        set remote-gw 203.0.113.9\n    next\nend\n';
    const out = await redactedStream(config, 'standard');
    expect(out).toContain('        set password ENC <secret-1>\n        set accprofile "super_admin"\n');
    expect(out).toContain('        set psksecret ENC <secret-2>\n');
  });

  it('leaves logs and prose with the same words alone', async () => {
    const log = '2026-12-07 10:00:01 INFO password 7 days before expiry\n2026-12-07 10:00:02 INFO secret rotation scheduled\nset password to expire\n';
    expect(await redactedStream(log, 'standard')).toBe(log);
  });
});
