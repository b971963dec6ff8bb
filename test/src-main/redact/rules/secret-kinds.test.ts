// Issue 24: secrets and credentials in vendor phone configs, command lines and prose, and secret
// kinds without a vendor prefix. Forms from Grandstream's config templates (P-values), Fanvil's
// <<VOIP CONFIG FILE>>, Snom, AudioCodes ini, Cisco SPA/MPP XML, Polycom and Yealink configs,
// Microsoft's net use and manage-bde docs, OpenSSH's authorized_keys format; values invented.
import { describe, expect, it } from 'vitest';
import { Redactor, toLatin1Text } from '../../../../src-main/redact/redactor.js';
import type { ActiveProfile } from '../../../../src-main/redact/rules/index.js';

function redact(text: string, profile: ActiveProfile = 'standard'): string {
  return Buffer.from(new Redactor({ profile }).redactText(toLatin1Text(text)).text, 'latin1').toString('utf8');
}

function expectGone(text: string, values: string[], profile: ActiveProfile = 'standard'): string {
  const out = redact(text, profile);
  for (const value of values) expect(out, `${value} in ${out}`).not.toContain(value);
  return out;
}

describe('vendor phone-config credentials', () => {
  it('reads Grandstream P-values in every layout, by the meaning of their number', () => {
    const out = expectGone('P2 = Adm1nPw\nP34 = Sip4Pass\nP35 = 4155550199\nP36=authid77\nP196 = 123end\nP7902 = jdoe8021x\nP7903 = eapPw9\nP8404 = WifiAp1pw\nP83003 = Wp810ssidPw\nP3 = Lena Fischer', [
      'Adm1nPw', 'Sip4Pass', '4155550199', 'authid77', '123end', 'jdoe8021x', 'eapPw9', 'WifiAp1pw', 'Wp810ssidPw', 'Lena Fischer',
    ]);
    expect(out).toContain('P34 = <secret-');
    const query = expectGone('P30=time.nist.gov&P34=Qs9pw&P35=5001&P63=1', ['Qs9pw', '=5001']);
    expect(query).toContain('P30=time.nist.gov');
    expect(query).toContain('P63=1');
    expectGone('<P406>Acct2Pw</P406><P404>jdoe2</P404>', ['Acct2Pw', 'jdoe2']);
    // Settings that hold no credential stay, and so does a lower-case p34.
    expect(redact('P8 = 0\nP270 = Line One\np34 = 3')).toBe('P8 = 0\nP270 = Line One\np34 = 3');
    // Passwords in minimal too; accounts only from standard.
    expect(redact('P34 = Sip4Pass\nP35 = jdoe', 'minimal')).toBe('P34 = <secret-1>\nP35 = jdoe');
  });

  it('reads keys with spaces, indexes and permission flags before the separator', () => {
    expectGone('SIP1 Register User :alice77\nSIP1 Register Pswd :Sup3rPw\nSIP1 Proxy Pswd    :Sup3rPw2\nSIP1 Display Name  :Smirnova Irina', ['alice77', 'Sup3rPw', 'Sup3rPw2', 'Smirnova Irina']);
    expectGone('user_pass1!: SnomPw1\nuser_pass2&: SnomPw2\nSIPAccount_Password_0 = AcPw0\nSIPAccount_Password = AcPw', ['SnomPw1', 'SnomPw2', 'AcPw0', 'AcPw'], 'minimal');
    expectGone('<Password_1_ ua="na">Spw12345</Password_1_>\nreg.1.auth.password="Poly12pw"\naccount.1.password = Yea12pw\nstatic.security.user_password = admin:Pw1x2y', ['Spw12345', 'Poly12pw', 'Yea12pw', 'Pw1x2y'], 'minimal');
    expectGone('static.auto_provision.aes_key_16.com = 0123456789abcdef\nstatic.auto_provision.aes_key_16.mac = fedcba9876543210', ['0123456789abcdef', 'fedcba9876543210'], 'minimal');
    expectGone('network.802_1x.identity = jdoe\nnetwork.802_1x.password = 8021xpw', ['= jdoe', '8021xpw']);
    // An index after other keys is no key: time stamps and counters stay.
    expect(redact('bypass1=on at 17:44:51 seq=4520')).toBe('bypass1=on at 17:44:51 seq=4520');
  });
});

describe('command lines and prose', () => {
  it('takes net use passwords before and after /user:', () => {
    expect(redact('net use \\\\srv01\\share Tr0ub4dor /user:CORP\\jdoe')).toBe('net use \\\\srv01\\share <secret-1> /user:<user-1>');
    expect(redact('net use \\\\srv01\\share /user:jdoe Tr0ub4dor /persistent:yes')).toBe('net use \\\\srv01\\share /user:<user-1> <secret-1> /persistent:yes');
    expect(redact('net use Z: \\\\srv01\\share "Tr0ub 4dor" /user:jdoe', 'minimal')).toBe('net use Z: \\\\srv01\\share "<secret-1>" /user:jdoe');
    expect(redact('net use Z: \\\\srv01\\share * /user:jdoe')).toBe('net use Z: \\\\srv01\\share * /user:<user-1>');
  });

  it('takes docker login -p and htpasswd -b passwords, not docker run -p ports', () => {
    expectGone('docker login -u bob -p D0ckerPw registry.example.com', ['D0ckerPw'], 'minimal');
    expect(redact('docker run -p 8080:80 nginx')).toBe('docker run -p 8080:80 nginx');
    expect(redact('htpasswd -b /etc/nginx/.htpasswd alice Al1cePw')).toBe('htpasswd -b /etc/nginx/.htpasswd <user-1> <secret-1>');
    expect(redact('htpasswd -nbB alice Al1cePw', 'minimal')).toBe('htpasswd -nbB alice <secret-1>');
  });

  it('takes passwords stated in sentences and under words of other languages', () => {
    expectGone('the password is Hunter2x. My password is: Hunter3y', ['Hunter2x', 'Hunter3y'], 'minimal');
    expectGone('Das Passwort ist Geheim#2024, Kennwort: Geheim2025', ['Geheim#2024', 'Geheim2025'], 'minimal');
    expectGone('mot de passe : Secr3t99\ncontraseña: Clave123\nsenha: Senh@123\nwachtwoord: Wacht99', ['Secr3t99', 'Clave123', 'Senh@123', 'Wacht99'], 'minimal');
    // Sentences about a password's state stay.
    const state = 'the password is incorrect; password is expired; Passwort ist falsch';
    expect(redact(state)).toBe(state);
  });

  it('takes SNMP community strings', () => {
    expect(redact('snmp-server community S3cretComm RO 10')).toBe('snmp-server community <secret-1> RO 10');
    expectGone('rocommunity S3cretComm 10.0.0.0/16\ncommunity = Other1', ['S3cretComm', 'Other1'], 'minimal');
  });
});

describe('secret kinds without a vendor prefix', () => {
  // Each group a multiple of 11 (BitLocker's recovery password format); the last line's last group is not.
  const KEY = '418209-502183-220044-686235-041723-336028-178156-698555';
  it('finds BitLocker recovery keys by their check, in every layout', () => {
    for (const profile of ['minimal', 'standard'] as const) {
      expect(redact(`BitLocker recovery key ${KEY}`, profile)).toBe('BitLocker recovery key <recovery-key-1>');
      expect(redact(`    Password:\n      ${KEY}\n`, profile)).toBe('    Password:\n      <recovery-key-1>\n');
    }
    const wrong = 'recovery key 418209-502183-220044-686235-041723-336028-178156-698543';
    expect(redact(wrong, 'minimal')).toBe(wrong);
  });

  it('finds Windows product keys after their key, and by their alphabet in strict', () => {
    expect(redact('Product key: VK7JG-NPHTM-C97JM-9MPGT-3V66T', 'minimal')).toBe('Product key: <secret-1>');
    expect(redact('installed VK7JG-NPHTM-C97JM-9MPGT-3V66T ok', 'strict')).toBe('installed <product-key-1> ok');
    // Upper-case ids with vowels, 0, 1 or 5 are no product keys.
    expect(redact('trace ABCDE-12345-FGHIJ-67890-KLMNO', 'strict')).toBe('trace ABCDE-12345-FGHIJ-67890-KLMNO');
  });

  it('takes SSH public keys and their comment\u2019s account', () => {
    const line = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk3Bq4kX5tR8mD2vP9zN1cL6wF0sJ7hG3yU5eK2aQ9b jdoe@laptop01';
    expect(redact(line)).toBe('ssh-ed25519 <ssh-public-key-1> <user-1>@<host-1>');
    expect(redact(`host1 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAy`, 'minimal')).toBe('host1 ecdsa-sha2-nistp256 <ssh-public-key-1>');
  });

  it('takes the SIDs of accounts and keeps well-known SIDs', () => {
    expect(redact('owner S-1-5-21-3623811015-3361044348-30300820-1013 and S-1-5-18, S-1-5-32-544')).toBe('owner <sid-1> and S-1-5-18, S-1-5-32-544');
  });

  it('takes keyed recovery codes, one-time codes, Wi-Fi keys, meeting ids and wallets', () => {
    expectGone('ADMIN_RECOVERY_CODES="abcd-efgh-ijkl mnop-qrst-uvwx"\nOTP: 123456\n<keyMaterial>MyWifiPass1</keyMaterial>\nwpa_passphrase=MyWifiPass2', ['abcd-efgh', '123456', 'MyWifiPass1', 'MyWifiPass2'], 'minimal');
    expect(redact('Meeting ID: 845 2219 6630')).toBe('Meeting ID: <meeting-id-1>');
    expect(redact('payout_address=bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq wallet: 0x52908400098527886E0F7030069857D2E4169EE7')).toBe('payout_address=<wallet-1> wallet: <wallet-2>');
    // A meeting key with no meeting id stays.
    expect(redact('module=meeting meetingId=none')).toBe('module=meeting meetingId=none');
  });
});

describe('XML name elements', () => {
  it('keeps a server in <name> and takes a person', () => {
    expect(redact('<ntp><name>time.google.com</name></ntp>')).toBe('<ntp><name>time.google.com</name></ntp>');
    expect(redact('<recording><name>Lena Fischer</name></recording>')).toBe('<recording><name><name-1></name></recording>');
  });
});
