// Name/value pairs (issue 24): the key in one field, the value in another. Shapes from the HAR 1.2
// spec (headers, cookies, queryString, postData.params), Postman's environment export, AWS's Tags
// list, Kubernetes' env list and Terraform's state file; values made up.
import { describe, expect, it } from 'vitest';
import { Redactor, toLatin1Text } from '../../../../src-main/redact/redactor.js';

function redact(text: string, profile: 'minimal' | 'standard' | 'strict' = 'standard'): string {
  return Buffer.from(new Redactor({ profile }).redactText(toLatin1Text(text)).text, 'latin1').toString('utf8');
}

interface Case {
  text: string;
  gone: string[];
  kept: string[];
}

function check({ text, gone, kept }: Case, profile: 'minimal' | 'standard' | 'strict' = 'standard'): void {
  const out = redact(text, profile);
  for (const value of gone) expect(out, `"${value}" survived in: ${out}`).not.toContain(value);
  for (const value of kept) expect(out, `"${value}" was lost in: ${out}`).toContain(value);
}

const HAR = `{"log":{"version":"1.2","entries":[{"request":{"method":"POST","url":"https://us01web.zoom.us/signin",
"headers":[{"name":"Authorization","value":"Bearer qT9vLm2XcR8wZ1yB"},{"name":"Content-Type","value":"application/json"},
{"name":"x-api-key","value":"k3yV4lu3Xq"},{"name":"X-Zm-User","value":"wfoley"},{"name":"Accept","value":"*/*"}],
"queryString":[{"name":"access_token","value":"qsT0kenQQ"},{"name":"page","value":"2"},{"name":"callerNumber","value":"+4930901820"}],
"cookies":[{"name":"JSESSIONID","value":"8F3A9B2C1D","path":"/","httpOnly":true},{"name":"_zm_lang","value":"en-US","path":"/"}],
"postData":{"mimeType":"application/x-www-form-urlencoded","params":[{"name":"password","value":"Hunter2!x"},{"name":"displayName","value":"Oswin Thackeray"}]}},
"response":{"status":302,"headers":[{"name":"Set-Cookie","value":"_zm_ssid=aw1_c_QqQ; Path=/; Domain=.zoom.us; HttpOnly; Secure"},{"name":"Content-Length","value":"512"}],
"content":{"size":512,"mimeType":"text/html"}},"timings":{"send":0.12,"wait":118.4,"receive":2.1}}]}}`;

describe('name/value pairs in JSON', () => {
  it('judges HAR headers, query strings, form params and cookies by their name field', () => {
    check({
      text: HAR,
      gone: ['qT9vLm2XcR8wZ1yB', 'k3yV4lu3Xq', 'wfoley', 'qsT0kenQQ', '4930901820', '8F3A9B2C1D', 'en-US', 'Hunter2!x', 'Oswin Thackeray', 'aw1_c_QqQ'],
      kept: ['"name":"Authorization","value":"Bearer <', '{"name":"Content-Type","value":"application/json"}', '{"name":"page","value":"2"}', '"name":"JSESSIONID"',
        '"path":"/","httpOnly":true', 'Set-Cookie","value":"_zm_ssid=<', '; Path=/; Domain=.zoom.us; HttpOnly; Secure"', '{"name":"Content-Length","value":"512"}',
        '"status":302', '"timings":{"send":0.12,"wait":118.4,"receive":2.1}', '"mimeType":"text/html"'],
    });
  });

  it('keeps the redacted HAR valid JSON', () => {
    expect(() => JSON.parse(redact(HAR))).not.toThrow();
  });

  it('takes a Postman secret by its key or its type, and leaves the other variables', () => {
    check({
      text: '{"values":[{"key":"client_secret","value":"pmS3cretV","type":"secret","enabled":true},{"key":"sipUser","value":"hbrandt","type":"default"},' +
        '{"key":"webhookValue","value":"plainWordHidden","type":"secret"},{"key":"baseUrl","value":"https://api.zoom.us/v2","type":"default"},{"key":"timeoutMs","value":"3000","type":"default"}]}',
      gone: ['pmS3cretV', 'hbrandt', 'plainWordHidden'],
      kept: ['"key":"baseUrl","value":"https://api.zoom.us/v2"', '"key":"timeoutMs","value":"3000"', '"type":"secret"'],
    });
  });

  it('reads AWS tags and other Key/Value lists in either order', () => {
    check({
      text: '"Tags": [{"Key": "Owner", "Value": "Ingrid Solberg"}, {"Value": "tkowalczyk", "Key": "CreatedBy"}, {"Key": "Environment", "Value": "production"}, {"Key": "CostCenter", "Value": "4410"}]',
      gone: ['Ingrid Solberg', 'tkowalczyk'],
      kept: ['{"Key": "Environment", "Value": "production"}', '{"Key": "CostCenter", "Value": "4410"}', '"Key": "CreatedBy"'],
    });
  });

  it('takes Terraform sensitive values and outputs named as secrets', () => {
    check({
      text: '{"outputs": {"db_admin_password": {"value": "tfOutPw99", "type": "string"}, "api_url": {"value": "https://api.example.net", "type": "string"},' +
        ' "signing": {"value": "tfSens1tive", "type": "string", "sensitive": true}, "region": {"value": "eu-west-1", "type": "string", "sensitive": false}}}',
      gone: ['tfOutPw99', 'tfSens1tive'],
      kept: ['"api_url": {"value": "https://api.example.net"', '"region": {"value": "eu-west-1", "type": "string", "sensitive": false}'],
    });
  });

  it('reads pretty-printed objects over several lines', () => {
    check({
      text: '[\n  {\n    "name": "Cookie",\n    "value": "sid=pp0Sess1on; theme=dark"\n  },\n  {\n    "value": "Bearer ppBearerTok3n99",\n    "name": "authorization"\n  },\n  {\n    "name": "Accept-Encoding",\n    "value": "gzip, br"\n  }\n]',
      gone: ['pp0Sess1on', 'dark', 'ppBearerTok3n99'],
      kept: ['"value": "sid=<', '; theme=<', '"value": "gzip, br"', '"name": "Accept-Encoding"'],
    });
  });
});

describe('name/value pairs in YAML', () => {
  const K8S = [
    'env:',
    '  - name: DB_PASSWORD',
    '    value: k8sEnvSecret1',
    '  - value: k8sRev3rsed',
    '    name: API_TOKEN',
    '  - {name: SIP_PASSWORD, value: oneLinePw7}',
    '  - name: OWNER_PHONE',
    '    value: "+44 20 7946 0321"',
    '  - name: SUPPORT_CONTACT_NAME',
    '    value: Mireille Okafor',
    '  - name: LOG_LEVEL',
    '    value: debug',
    '  - name: HTTP_PORT',
    '    value: "8080"',
    '  - name: PASSWORD_MAX_AGE',
    '    value: "90"',
  ].join('\n');

  it('judges Kubernetes env values by their name, in both orders and on one line', () => {
    check({
      text: K8S,
      gone: ['k8sEnvSecret1', 'k8sRev3rsed', 'oneLinePw7', '7946 0321', 'Mireille Okafor'],
      kept: ['  - name: DB_PASSWORD\n    value: <', '    name: API_TOKEN', '{name: SIP_PASSWORD, value: <', '    value: debug', '    value: "8080"', '    value: "90"'],
    });
  });

  it('takes secrets in the minimal profile and leaves personal kinds to the others', () => {
    const out = redact(K8S, 'minimal');
    expect(out).not.toContain('k8sEnvSecret1');
    expect(out).not.toContain('oneLinePw7');
    expect(out).toContain('    value: debug');
  });

  it('judges a mapping by the key it sits under', () => {
    check({ text: 'secrets:\n  smtp_password:\n    value: yamlNestedPw\n  log_format:\n    value: json', gone: ['yamlNestedPw'], kept: ['    value: json'] });
  });

  it('reads a form body name=...&value=... pair', () => {
    check({ text: 'POST /set name=smtp_pass&value=formNvPw&name=theme&value=dark', gone: ['formNvPw'], kept: ['value=dark'] });
  });
});
