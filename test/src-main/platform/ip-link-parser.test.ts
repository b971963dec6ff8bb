import { describe, expect, it } from 'vitest';
import { parseIpLink } from '../../../src-main/platform/ip-link-parser.js';
import { commandFixture } from '../../helpers/fixture-runner.js';

describe('parseIpLink', () => {
  it('reads the kind of each link from ip -d link: WARP is tun, wg-office wireguard, the Wi-Fi card hardware', () => {
    const warp = parseIpLink(commandFixture('linux/ip-d-link-warp.txt'));
    expect(warp.CloudflareWARP).toEqual({ kind: 'tun', pointToPoint: true, physical: false, said: 'tun type tun' });
    expect(warp.wlp0s20f3).toMatchObject({ kind: 'ethernet', physical: true, pointToPoint: false });
    expect(warp.docker0?.kind).toBe('virtual');
    expect(warp.lo?.kind).toBe('loopback');
    expect(parseIpLink(commandFixture('linux/ip-d-link-wg-office.txt'))['wg-office']).toMatchObject({ kind: 'wireguard', said: 'wireguard' });
  });

  it('calls a raw-IP device on a bus a mobile modem, not a tunnel', () => {
    expect(parseIpLink(commandFixture('linux/ip-d-link-wwan.txt')).wwan0).toEqual({ kind: 'mobile', pointToPoint: true, physical: true, said: 'link/none on a bus device' });
  });

  it('reads the one-line form (-o) and peer names (veth@if11) the same way', () => {
    const oneLine =
      '220: tun0: <POINTOPOINT,MULTICAST,NOARP,UP,LOWER_UP> mtu 1406 qdisc fq_codel state UNKNOWN mode DEFAULT group default qlen 500\\    link/none  promiscuity 0 minmtu 68 maxmtu 65535 \\    tun type tun pi off vnet_hdr off persist off addrgenmode eui64\n' +
      '12: veth1a2b3c4@if11: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state UP mode DEFAULT group default \\    link/ether 02:42:ac:14:00:02 brd ff:ff:ff:ff:ff:ff link-netnsid 0 promiscuity 1 \\    veth addrgenmode eui64\n' +
      '9: ppp0: <POINTOPOINT,MULTICAST,NOARP,UP,LOWER_UP> mtu 1400 qdisc fq_codel state UNKNOWN mode DEFAULT group default qlen 3\\    link/ppp  promiscuity 0\n';
    const links = parseIpLink(oneLine);
    expect([links.tun0?.kind, links.veth1a2b3c4?.kind, links.ppp0?.kind]).toEqual(['tun', 'virtual', 'ppp']);
  });
});
