// Kubernetes Secret manifests (kind: Secret): every value under data: and stringData: is a secret,
// in YAML (kubectl create secret --dry-run -o yaml) and JSON (kubectl get secret -o json); a
// ConfigMap's data stays. Values made up (base64 of invented strings).
import { describe, expect, it } from 'vitest';
import { Redactor, toLatin1Text } from '../../../../src-main/redact/redactor.js';

function redact(text: string, profile: 'minimal' | 'standard' = 'minimal'): string {
  return Buffer.from(new Redactor({ profile }).redactText(toLatin1Text(text)).text, 'latin1').toString('utf8');
}

describe('Kubernetes Secret manifests', () => {
  it('takes every value under data and stringData whatever its key, block scalars as one', () => {
    const yaml = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ntype: Opaque\ndata:\n  host: ZGIuaW50ZXJuYWw=\n  tls.crt: LS0tLS1CRUdJTiBDRVJU\nstringData:\n  config.yaml: |\n    endpoint: db.internal\n    mode: fast\n  region: "eu-west-1"\n---\napiVersion: v1\nkind: Service\n';
    expect(redact(yaml)).toBe('apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ntype: Opaque\ndata:\n  host: <secret-1>\n  tls.crt: <secret-2>\nstringData:\n  config.yaml: |\n    <secret-3>\n  region: "<secret-4>"\n---\napiVersion: v1\nkind: Service\n');
  });

  it('takes a registry login (.dockerconfigjson) and the JSON form', () => {
    expect(redact('kind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: eyJhdXRocyI6e319\n')).toBe('kind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: <secret-1>\n');
    const json = '{\n  "apiVersion": "v1",\n  "data": {\n    "username": "YWRtaW4=",\n    "token": "czNjcjN0"\n  },\n  "kind": "Secret"\n}';
    const out = redact(json);
    expect(out).toBe('{\n  "apiVersion": "v1",\n  "data": {\n    "username": "<secret-1>",\n    "token": "<secret-2>"\n  },\n  "kind": "Secret"\n}');
    expect(() => JSON.parse(out) as unknown).not.toThrow();
  });

  it('keeps a ConfigMap\'s data and a data: line of a log', () => {
    const kept = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  region: eu-west-1\n  mode: fast\n---\n2026-12-08 10:00:01 INFO upload ok data:\n  size: 10\n';
    expect(redact(kept, 'standard')).toBe(kept);
  });
});

describe("kubectl's List of Secrets and ConfigMaps", () => {
  it("reads each item's own kind (written after its data): the Secret's values go, the ConfigMap's stay", () => {
    const list = [
      'apiVersion: v1',
      'items:',
      '- apiVersion: v1',
      '  data:',
      '    ZOOM_CLIENT_SECRET: c2VjcmV0LXZhbHVlLTEyMw==',
      '  kind: Secret',
      '  metadata:',
      '    name: zoom-phone-connector',
      '- apiVersion: v1',
      '  data:',
      '    ZOOM_API_BASE: https://api.zoom.us/v2',
      '    TZ: Europe/Rome',
      '  kind: ConfigMap',
      '  metadata:',
      '    name: zoom-phone-connector-config',
      'kind: List',
      '',
    ].join('\n');
    const out = redact(list, 'standard');
    expect(out).not.toContain('c2VjcmV0LXZhbHVlLTEyMw==');
    expect(out).toContain('    ZOOM_API_BASE: https://api.zoom.us/v2\n    TZ: Europe/Rome\n  kind: ConfigMap');
  });
});
