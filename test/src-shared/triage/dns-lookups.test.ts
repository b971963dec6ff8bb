// Lookups read from probe results: a resolver's answer (any answer) is told from silence, for DNS
// checks and for the lookups connection probes make themselves.
import { describe, expect, it } from 'vitest';
import { lookupsOf, resolverAnswered } from '../../../src-shared/triage/dns-lookups.js';
import { probeResult } from '../../helpers/collected-evidence.js';

describe('lookupsOf', () => {
  it('reads each c-ares code as the answer a resolver gave, or as silence', () => {
    const cases: [string[], string][] = [
      [['ENOTFOUND', 'ENOTFOUND'], 'no-such-name'],
      [['ENODATA', 'ENODATA'], 'no-records'],
      [['ESERVFAIL'], 'server-failure'],
      [['EREFUSED'], 'refused'],
      [['ETIMEOUT', 'ETIMEOUT'], 'no-answer'],
      [['ECONNREFUSED'], 'no-answer'],
      [['ETIMEOUT', 'ENOTFOUND'], 'no-such-name'],
    ];
    for (const [errors, outcome] of cases) {
      const [dns] = lookupsOf([probeResult({ id: 'd', kind: 'dns', verdict: 'error', details: { errors, resolvers: ['10.0.0.53'] } })]);
      expect(dns, errors.join()).toMatchObject({ outcome, resolvers: ['10.0.0.53'], dnsCheck: true });
      const [tcp] = lookupsOf([probeResult({ id: 't', kind: 'tcp', verdict: 'unreachable', details: { lookupError: errors.at(-1) } })]);
      expect(resolverAnswered(tcp!), errors.join()).toBe(outcome !== 'no-answer' || errors.at(-1) === 'ENOTFOUND');
    }
  });

  it('a connection that got an address resolved its name; one to an IP literal or that says nothing is no lookup', () => {
    const lookups = lookupsOf([
      probeResult({ id: 'a', kind: 'tls', verdict: 'timeout', details: { address: '203.0.113.7' } }),
      probeResult({ id: 'b', kind: 'tcp', host: '203.0.113.7', verdict: 'timeout' }),
      probeResult({ id: 'c', kind: 'tcp', host: 'sip.zoom.us', verdict: 'timeout' }),
      probeResult({ id: 'd', kind: 'http', verdict: 'ok' }),
    ]);
    expect(lookups.map((l) => [l.probe.id, l.outcome])).toEqual([['a', 'resolved'], ['d', 'resolved']]);
  });

  it('a DNS check from a bundle made before the codes were kept: "not-found" was a resolver\u2019s answer', () => {
    expect(lookupsOf([probeResult({ id: 'd', kind: 'dns', verdict: 'not-found' })])[0]?.outcome).toBe('no-such-name');
    expect(lookupsOf([probeResult({ id: 'd', kind: 'dns', verdict: 'timeout' })])[0]?.outcome).toBe('no-answer');
  });
});
