// Key context in every syntax (issue 24, section 1 and the keyed kinds of section 2): the value goes
// whatever its shape, the key and the syntax around it stay, and so do diagnostics under other keys.
import { describe, expect, it } from 'vitest';
import { Redactor, toLatin1Text } from '../../../../src-main/redact/redactor.js';

interface Case {
  line: string;
  gone: string[];
  kept: string[];
}

function redact(text: string, profile: 'minimal' | 'standard' = 'standard'): string {
  return Buffer.from(new Redactor({ profile }).redactText(toLatin1Text(text)).text, 'latin1').toString('utf8');
}

function check({ line, gone, kept }: Case, profile: 'minimal' | 'standard' = 'standard'): void {
  const out = redact(line, profile);
  for (const value of gone) expect(out, `"${value}" survived in: ${out}`).not.toContain(value);
  for (const value of kept) expect(out, `"${value}" was lost in: ${out}`).toContain(value);
}

// Forms of cred-alert's git-secrets test file (github.com/pivotal-cf/cred-alert), Kubernetes' env
// list (kubernetes.io "Define an environment variable for a container"), Yealink's and Grandstream's
// config files, Microsoft's ODBC connection string docs; values changed.
const SECRETS: Case[] = [
  { line: '{"password":"J50n-Pw!","config":{"sipPassword":"4417","vmPin":"8812","voicemail_pin":"0193"}}', gone: ['J50n-Pw!', '4417', '8812', '0193'], kept: ['"vmPin":"', '"voicemail_pin":"'] },
  { line: "const cfg = { password: 'jsLit3ral', apiToken: `tmplTok9`, secret: \"dq7\" };", gone: ['jsLit3ral', 'tmplTok9', 'dq7'], kept: ['const cfg = { password: '] },
  { line: 'db:\n  password: yamlPw0rd\n  token: "yaml-tok-2"\n  host: db.local', gone: ['yamlPw0rd', 'yaml-tok-2'], kept: ['  password: ', '  host: db.local'] },
  { line: 'env:\n  - name: DB_PASSWORD\n    value: k8sEnvSecret1\n  - name: LOG_LEVEL\n    value: debug', gone: ['k8sEnvSecret1'], kept: ['- name: DB_PASSWORD', '    value: debug'] },
  { line: 'env: [{"name":"API_TOKEN","value":"jsonNvTok"},{"name":"LEVEL","value":"info"}] and name=smtp_pass&value=formNvPw', gone: ['jsonNvTok', 'formNvPw'], kept: ['"value":"info"'] },
  { line: 'tls:\n  private_key: |\n    blockLineOne\n    blockLineTwo\n  after: stays\nsecret: >-\n  folded-secret-text\nnext: 1', gone: ['blockLineOne', 'blockLineTwo', 'folded-secret-text'], kept: ['  private_key: |\n    <secret-', '  after: stays', 'next: 1'] },
  { line: '[account]\nPassword = iniPass1\npass=shortpw\npin = 7781\nPIN: 4410\naccount.1.password = 90210\nP34 = 1234', gone: ['iniPass1', 'shortpw', '7781', '4410', '90210', '1234'], kept: ['[account]', 'P34 = <secret-'] },
  { line: 'password := \'goPw18\'\npassword => \'phpPw19\'\nSIP password: 52281', gone: ['goPw18', 'phpPw19', '52281'], kept: ['password := \'', 'password => \''] },
  { line: 'POST /login user=bob&pass=formPw1&remember=1 and ?credentials=cr3dz&psk=wpaPsk77', gone: ['formPw1', 'cr3dz', 'wpaPsk77'], kept: ['&remember=1'] },
  { line: 'Driver={ODBC Driver 18 for SQL Server};Server=db;Uid=sa;Pwd={odbc;Pw}}12};Encrypt=yes', gone: ['odbc;Pw}}12', 'Pw}}12'], kept: ['Driver={ODBC Driver 18 for SQL Server};', 'Pwd={<secret-', '};Encrypt=yes'] },
  { line: 'spin=3 bypass=true mapping=x pinned=1 compass=N', gone: [], kept: ['spin=3 bypass=true mapping=x pinned=1 compass=N'] },
];

// Loosely secret keys: random values go, words, UUIDs and hashes under other keys stay.
const TOKENS: Case[] = [
  {
    line: '"key":"audio_device" "auth":"dXNlcjpwYXNzd29yZA==" "sig":"Zx8Yw7Vu6Ts5Rq4Po3Nm2Lk1Jh0Gf" "sessionId":"550e8400-e29b-41d4-a716-446655440000" session=3 proxy_auth=Ym9iOmh1bnRlcjI=',
    gone: ['dXNlcjpwYXNzd29yZA==', 'Zx8Yw7Vu6Ts5Rq4Po3Nm2Lk1Jh0Gf', 'Ym9iOmh1bnRlcjI='],
    kept: ['"key":"audio_device"', '"sessionId":"550e8400-e29b-41d4-a716-446655440000"', 'session=3'],
  },
  {
    line: '"sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" X-Request-Id: 7b0a6e1e-2f7c-4a7e-9d9f-0e5d3f1b2a11 Call-ID: a84b4c76e66710@pc33.atlanta.com',
    gone: [],
    kept: ['9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', '7b0a6e1e-2f7c-4a7e-9d9f-0e5d3f1b2a11', 'a84b4c76e66710@pc33.atlanta.com'],
  },
];

// Versions under a version-like key stay, in every syntax, even where they look like an address.
const VERSIONS: Case[] = [
  { line: '{"firmware_version":"96.86.0.70","fwVersion":"2.0.14.9","version":"1.0.7.13","ip":"10.1.2.3"}', gone: ['10.1.2.3'], kept: ['96.86.0.70', '2.0.14.9', '1.0.7.13'] },
  { line: 'version: 3.1.0.207\nfirmware=1.2.3.4 build=5.6.7.8 SoftwareVersion = 11.2.0.118 fw: 2.0.14.9', gone: [], kept: ['3.1.0.207', '1.2.3.4', '5.6.7.8', '11.2.0.118', 'fw: 2.0.14.9'] },
];

// The keyed forms of personal kinds: E911 bodies (Zoom Phone's emergency address API shape, RFC 5139 words),
// positions, SIM ids, MACs and SIP accounts in phone configs.
const PERSONAL: Case[] = [
  {
    line: '{"address_line1":"2100 Fulton Ave","address_line2":"Suite 300","city":"Sacramento","state_code":"CA","zip":"95825","country":"US"}',
    gone: ['2100 Fulton Ave', 'Suite 300', 'Sacramento', '95825'],
    kept: ['"country":"US"'],
  },
  { line: 'emergency address street=42 Rue de Rivoli, city=Paris, state=IDF, postal_code=75004 status=ok state=ringing', gone: ['42 Rue de Rivoli', 'Paris', 'IDF', '75004'], kept: ['status=ok', 'state=ringing'] },
  { line: 'loc lat=37.42202&lng=-122.08410 and "latitude": 51.5007, "longitude": -0.1246', gone: ['37.42202', '122.08410', '51.5007', '0.1246'], kept: ['lat=', '&lng=', '"latitude": '] },
  { line: 'sim imsi=310150123456789 IMEI: 490154203237518 iccid="8901260123456789012"', gone: ['310150123456789', '490154203237518', '8901260123456789012'], kept: ['imsi=', 'IMEI: '] },
  { line: 'Contact: <sip:+5511987654321@vivo.com;user=phone?P-Asserted-Identity=sip:+14155550123%3Buser%3Dphone> and form user=jdoe', gone: ['987654321', '4155550123', 'jdoe'], kept: [';user=phone?P-Asserted-Identity=sip:', 'form user=<user-'] },
  { line: 'address=pbx.example.com:5061 address: localhost address=1 Infinite Loop, city=Cupertino login: failed user=unknown', gone: ['1 Infinite Loop', 'Cupertino'], kept: ['address=pbx.example.com:5061', 'address: localhost', 'login: failed user=unknown'] },
  { line: "last_name=O'Connell first_name=Siobhan pass=it's-mine user='quoted' ok", gone: ["O'Connell", "'Connell", 'Siobhan', "it's-mine", 'quoted'], kept: ['last_name=', "user='", "' ok"] },
  { line: 'mac_addr=0004f2a1b2c3 MAC: 805EC0123456', gone: ['0004f2a1b2c3', '805EC0123456'], kept: ['mac_addr='] },
  { line: 'account.1.user_name = 1001\naccount.1.auth_name = lfischer\naccount.1.sip_server.1.address = sip.example.com\nsip_uri=sip:2002@pbx.example.com', gone: ['lfischer', '2002@'], kept: ['account.1.user_name = <', 'sip.example.com', '@pbx.example.com'] },
];

describe('key context', () => {
  for (const [i, c] of SECRETS.entries()) it(`secret keys, minimal profile too (${i})`, () => (check(c, 'minimal'), check(c)));
  for (const [i, c] of TOKENS.entries()) it(`token-like values under loose keys (${i})`, () => check(c));
  for (const [i, c] of VERSIONS.entries()) it(`versions under version keys stay (${i})`, () => check(c));
  for (const [i, c] of PERSONAL.entries()) it(`keyed personal kinds (${i})`, () => check(c));

  it('counts each keyed kind under its category', () => {
    const r = new Redactor({ profile: 'standard' });
    r.redactText(toLatin1Text('{"street":"1 Main St","zip":"02134","lat":"42.3601","imsi":"310150123456789","pin":"1234"}'));
    expect(r.counts).toMatchObject({ 'street-address': 2, location: 1, 'device-id': 1, secret: 1 });
  });

  it('keeps a JSON body valid JSON when redacted as text', () => {
    const body = JSON.stringify({ password: 'a"b', lat: 37.4, latitude: 37.42202, zip: 95825, address: { street: '1 Main St', city: 'Boston', state: 'MA' }, version: '96.86.0.70' });
    const out = redact(body);
    expect(() => JSON.parse(out) as unknown, out).not.toThrow();
    expect(out).not.toContain('37.42202');
    expect(out).toContain('96.86.0.70');
  });
});

describe('a full name after a user key', () => {
  const standard = (text: string): string => Buffer.from(new Redactor({ profile: 'standard' }).redactText(toLatin1Text(text)).text, 'latin1').toString('utf8');

  it('takes the whole name as a name, not its first word as a login', () => {
    for (const [line, gone] of [
      ['user: Peggy Garcia', ['Peggy', 'Garcia']],
      ['User: Lena Fischer logged in', ['Lena', 'Fischer']],
      ['user=Tavita Faleolo status=ok', ['Tavita', 'Faleolo']],
      ['user: Jürgen Weißmüller signed in', ['Jürgen', 'Weißmüller']],
    ] as const) {
      const out = standard(line);
      for (const word of gone) expect(out, out).not.toContain(word);
      expect(out).toMatch(/<name-\d+>/);
    }
  });

  it('leaves logins, products and what follows the name as they were', () => {
    expect(standard('user: jdoe logged in from Berlin')).toMatch(/^user: <user-1> logged in from Berlin$/);
    expect(standard('User: Lena Fischer logged in')).toMatch(/> logged in$/);
    expect(standard('user: Microsoft Teams')).toBe('user: Microsoft Teams');
  });
});

describe('a MAC key before more words', () => {
  it('takes the bare MAC that starts the value (MDC brackets, a field after it) and spaced groups as one MAC', () => {
    expect(redact('[user=x mac=0004F2E8B7D0] c.w.prov GET /cfg')).toContain('mac=<mac-1>] c.w.prov GET /cfg');
    expect(redact('mac=0004F2E8B7D0 user=jdoe')).toMatch(/^mac=<mac-1> user=/);
    expect(redact('mac: 00 04 f2 e8 b7 d0 up')).toBe('mac: <mac-1> up');
    expect(redact('mac=-] and mac=0004F2E8B7D0abc')).toBe('mac=-] and mac=0004F2E8B7D0abc');
  });
});

// Cloud app and tenant identifiers (issue 24): an OAuth client id, a Zoom account id and a tenant
// GUID name the customer or its app, one placeholder each in every syntax. A tenant GUID is taken
// too (its sign-in domain is a lookup away); the placeholder keeps "the same tenant" readable.
describe('cloud app and tenant ids after their keys', () => {
  it('takes client, account and tenant ids in HCL, .env, JSON, YAML and query strings, consistently', () => {
    const out = redact(
      'zoom_client_id = "aZ8kQ2pLmN4rT6vX9yB1cD"\nZOOM_ACCOUNT_ID=Xy7Pq2LmN3oRtS9uVwZ1aB\n' +
        'GET /oauth/authorize?response_type=code&client_id=aZ8kQ2pLmN4rT6vX9yB1cD&redirect_uri=x\n' +
        '{"account_id": "Xy7Pq2LmN3oRtS9uVwZ1aB", "tenant_id": "3f2504e0-4f89-41d3-9a0c-0305e82c3301"}\ntenantId: 3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    );
    expect(out).toBe(
      'zoom_client_id = "<client-id-1>"\nZOOM_ACCOUNT_ID=<cloud-account-1>\n' +
        'GET /oauth/authorize?response_type=code&client_id=<client-id-1>&redirect_uri=x\n' +
        '{"account_id": "<cloud-account-1>", "tenant_id": "<cloud-account-2>"}\ntenantId: <cloud-account-2>',
    );
  });

  it('keeps them in minimal (no secret) and keeps values that are no id', () => {
    const text = 'client_id=aZ8kQ2pLmN4rT6vX9yB1cD account_id: 12 tenant_id=${TENANT} client_id: your-client-id';
    expect(redact(text, 'minimal')).toBe(text);
    expect(redact('account_id: 12 tenant_id=${TENANT} client_id: your-client-id')).toBe('account_id: 12 tenant_id=${TENANT} client_id: your-client-id');
  });
});

describe('an Ansible vault under a secret key', () => {
  it("keeps the vault's header line and takes its hex lines, in YAML and in an INI inventory", () => {
    const yaml = redact('db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  6231336539666234\n  6435626336373832\nother: 1');
    expect(yaml).toBe('db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  <secret-1>\nother: 1');
    const ini = redact('vault_zoom_api_secret=!vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          62313365396662343061\n\n[pbx]');
    expect(ini).toBe('vault_zoom_api_secret=!vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          <secret-1>\n\n[pbx]');
  });
});
