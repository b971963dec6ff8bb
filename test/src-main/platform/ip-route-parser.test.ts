import { describe, expect, it } from 'vitest';
import { parseCatchAllRoutes } from '../../../src-main/platform/ip-route-parser.js';
import { commandFixture } from '../../helpers/fixture-runner.js';

describe('parseCatchAllRoutes', () => {
  it("finds the default routes in every table (wg-quick's 51820) and OpenVPN's def1 halves", () => {
    expect(parseCatchAllRoutes(commandFixture('linux/ip-route-all-wg-office.txt'))).toEqual([
      { dev: 'wg-office', table: '51820', destination: 'default' },
      { dev: 'enp0s31f6', table: 'main', destination: 'default' },
    ]);
    expect(parseCatchAllRoutes(commandFixture('linux/ip-route-all-unknown-tun.txt')).map((r) => `${r.destination} ${r.dev}`)).toEqual([
      '0.0.0.0/1 corpvpn',
      'default eno1',
      '128.0.0.0/1 corpvpn',
    ]);
  });

  it('ignores local and subnet routes', () => {
    expect(parseCatchAllRoutes('local 172.16.0.2 dev CloudflareWARP table local proto kernel scope host src 172.16.0.2\n172.17.0.0/16 dev docker0 proto kernel scope link')).toEqual([]);
  });
});
