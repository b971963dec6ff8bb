import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasLinuxWireless, linuxDefaultRoute, linuxNetworkFilesReadable, readLinuxInterfaces } from '../../../src-main/platform/linux-interfaces.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A fixture root with the given files (relative paths; a name ending in '/' is a folder). */
function machine(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'zpb-linux-net-'));
  roots.push(root);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    if (name.endsWith('/')) {
      mkdirSync(file, { recursive: true });
      continue;
    }
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

const ROUTE_HEADER = 'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n';
const WIRELESS_HEADER = 'Inter-| sta-|   Quality        |   Discarded packets               | Missed | WE\n face | tus | link level noise |  nwid  crypt   frag  retry   misc | beacon | 22\n';

/** sysfs files of one interface. */
function sysfs(name: string, facts: { operstate: string; speed?: string; ifindex: string; wireless?: boolean }): Record<string, string> {
  return {
    [`sys/class/net/${name}/operstate`]: `${facts.operstate}\n`,
    [`sys/class/net/${name}/ifindex`]: `${facts.ifindex}\n`,
    ...(facts.speed !== undefined ? { [`sys/class/net/${name}/speed`]: `${facts.speed}\n` } : {}),
    ...(facts.wireless ? { [`sys/class/net/${name}/wireless/`]: '' } : {}),
  };
}

const node = (mac: string, internal = false) => [{ internal, mac }];

describe('readLinuxInterfaces', () => {
  it('describes a laptop: loopback, wired dock, Wi-Fi, a VirtualBox host adapter, docker veth, a bond and a down port', () => {
    const root = machine({
      ...sysfs('lo', { operstate: 'unknown', ifindex: '1' }),
      ...sysfs('enp0s31f6', { operstate: 'up', speed: '1000', ifindex: '2' }),
      ...sysfs('wlp2s0', { operstate: 'up', speed: '-1', ifindex: '3' }),
      ...sysfs('vboxnet0', { operstate: 'up', speed: '10', ifindex: '4' }),
      ...sysfs('veth3f2a1b0', { operstate: 'up', speed: '10000', ifindex: '5' }),
      ...sysfs('bond0', { operstate: 'up', speed: '2000', ifindex: '6' }),
      ...sysfs('enx00e04c680001', { operstate: 'down', speed: '-1', ifindex: '7' }),
      'proc/net/route': `${ROUTE_HEADER}wlp2s0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0\nenp0s31f6\t00000000\t0100000A\t0003\t0\t0\t100\t00000000\t0\t0\t0\nenp0s31f6\t0000000A\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n`,
      'proc/net/wireless': `${WIRELESS_HEADER}wlp2s0: 0000   58.  -52.  -256        0      0      0      0     12        0\n`,
    });
    const list = readLinuxInterfaces(root, {
      lo: node('00:00:00:00:00:00', true),
      enp0s31f6: node('8c:16:45:12:34:56'),
      wlp2s0: node('a4:c3:f0:11:22:33'),
      vboxnet0: node('0a:00:27:00:00:00'),
      veth3f2a1b0: node('3a:1f:22:aa:bb:cc'),
      bond0: node('8c:16:45:12:34:57'),
      enx00e04c680001: node('00:e0:4c:68:00:01'),
    });
    const by = Object.fromEntries(list.map((i) => [i.iface, i]));
    expect(list.map((i) => i.iface)).toEqual(['lo', 'enp0s31f6', 'wlp2s0', 'vboxnet0', 'veth3f2a1b0', 'bond0', 'enx00e04c680001']);
    expect(by.lo).toEqual({ iface: 'lo', ifaceName: 'lo', default: false, internal: true, virtual: false, operstate: 'unknown', type: 'virtual', speed: null, dhcp: false });
    // The lower metric (100) carries the default route, not the Wi-Fi's 600.
    expect(by.enp0s31f6).toMatchObject({ default: true, internal: false, virtual: false, operstate: 'up', type: 'wired', speed: 1000 });
    expect(by.wlp2s0).toMatchObject({ default: false, type: 'wireless', speed: -1, virtual: false });
    expect(by.vboxnet0).toMatchObject({ virtual: true, type: 'wired' });
    expect(by.veth3f2a1b0).toMatchObject({ virtual: true });
    expect(by.bond0).toMatchObject({ type: 'virtual', virtual: false });
    expect(by.enx00e04c680001).toMatchObject({ operstate: 'down', type: 'unknown', default: false });
  });

  it("calls a virtual machine's adapter virtual by its vendor prefix (VMware, Hyper-V, QEMU), in either case", () => {
    const root = machine({ ...sysfs('ens33', { operstate: 'up', speed: '1000', ifindex: '2' }), ...sysfs('eth1', { operstate: 'up', ifindex: '3' }), ...sysfs('eth2', { operstate: 'up', ifindex: '4' }), 'proc/net/route': ROUTE_HEADER });
    const list = readLinuxInterfaces(root, { ens33: node('00:0c:29:ab:cd:ef'), eth1: node('00:15:5D:01:02:03'), eth2: node('52:54:00:12:34:56') });
    expect(list.map((i) => [i.iface, i.virtual, i.default])).toEqual([
      ['ens33', true, false],
      ['eth1', true, false],
      // 52:54:00 (QEMU's usual prefix) is not in the list systeminformation tests: same answer here.
      ['eth2', false, false],
    ]);
  });

  it('finds DHCP leases of systemd-networkd, NetworkManager, dhclient and dhcpcd, and ifupdown dhcp stanzas, without taking eth1 for eth10 or veth1', () => {
    const names = ['eth0', 'eth1', 'eth10', 'wlan0', 'eth3', 'eth4', 'eth5'];
    const root = machine({
      ...Object.fromEntries(names.flatMap((name, i) => Object.entries(sysfs(name, { operstate: 'up', ifindex: String(i + 2) })))),
      'proc/net/route': ROUTE_HEADER,
      // eth0 has index 2: networkd names its lease by the index.
      'run/systemd/netif/leases/2': 'ADDRESS=10.0.0.5\n',
      'var/lib/NetworkManager/internal-4b1c0f7e-1d2a-4c3b-9e8f-0a1b2c3d4e5f-wlan0.lease': 'ADDRESS=192.168.1.23\n',
      'var/lib/NetworkManager/NetworkManager.state': '[main]\n',
      'var/lib/dhcp/dhclient.leases': 'lease {\n  interface "eth10";\n  fixed-address 10.1.0.9;\n}\n',
      'var/lib/dhcpcd/eth3.lease': 'binary',
      // A container's veth1 lease is not eth1's.
      'var/lib/dhcpcd/veth1.lease': 'binary',
      'etc/network/interfaces': 'auto lo\niface lo inet loopback\n\nauto eth4\niface eth4 inet dhcp\n# iface eth5 inet dhcp\niface eth5 inet static\n  address 10.9.0.2\n',
    });
    const list = readLinuxInterfaces(root, Object.fromEntries(names.map((name) => [name, node('8c:16:45:00:00:01')])));
    expect(Object.fromEntries(list.map((i) => [i.iface, i.dhcp]))).toEqual({ eth0: true, eth1: false, eth10: true, wlan0: true, eth3: true, eth4: true, eth5: false });
  });

  it("lists an aliased address's interface once (eth0:1 is eth0)", () => {
    const root = machine({ ...sysfs('eth0', { operstate: 'up', ifindex: '2' }), 'proc/net/route': ROUTE_HEADER });
    expect(readLinuxInterfaces(root, { eth0: node('8c:16:45:00:00:01'), 'eth0:1': node('8c:16:45:00:00:01') }).map((i) => i.iface)).toEqual(['eth0']);
  });
});

describe('linuxDefaultRoute', () => {
  it("reads the IPv4 gateway in the kernel's byte order, skipping routes that are down", () => {
    const root = machine({
      'proc/net/route': `${ROUTE_HEADER}tun0\t00000000\t00000000\t0000\t0\t0\t0\t00000000\t0\t0\t0\neth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0\n`,
    });
    expect(linuxDefaultRoute(root)).toEqual({ iface: 'eth0', gateway: '192.0.2.1' });
  });

  it('falls back to the IPv6 default route (a link-local router, shortened), ignoring the loopback reject route', () => {
    const root = machine({
      'proc/net/route': ROUTE_HEADER,
      'proc/net/ipv6_route': [
        '00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo',
        '20010db8000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000001 00000000 00000001     wlan0',
        '00000000000000000000000000000000 00 00000000000000000000000000000000 00 fe80000000000000022a10fffe3b4c5d 00000400 00000003 00000000 00000003     wlan0',
      ].join('\n'),
    });
    expect(linuxDefaultRoute(root)).toEqual({ iface: 'wlan0', gateway: 'fe80::22a:10ff:fe3b:4c5d' });
  });

  it('is null without a default route', () => {
    expect(linuxDefaultRoute(machine({ 'proc/net/route': `${ROUTE_HEADER}eth0\t0000000A\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n` }))).toBeNull();
  });
});

describe('hasLinuxWireless and linuxNetworkFilesReadable', () => {
  it("sees a Wi-Fi interface by its sysfs folder even when /proc/net/wireless is gone (cfg80211 without wext)", () => {
    expect(hasLinuxWireless(machine({ ...sysfs('wlp0s20f3', { operstate: 'down', ifindex: '3', wireless: true }), ...sysfs('eth0', { operstate: 'up', ifindex: '2' }) }))).toBe(true);
    expect(hasLinuxWireless(machine({ ...sysfs('eth0', { operstate: 'up', ifindex: '2' }), 'sys/class/net/wlan0/phy80211': 'x' }))).toBe(true);
    expect(hasLinuxWireless(machine({ ...sysfs('eth0', { operstate: 'up', ifindex: '2' }), 'proc/net/wireless': WIRELESS_HEADER }))).toBe(false);
  });

  it('says whether the files are there, so a container without them falls back to systeminformation', () => {
    expect(linuxNetworkFilesReadable(machine({}))).toBe(false);
    expect(linuxNetworkFilesReadable(machine({ ...sysfs('eth0', { operstate: 'up', ifindex: '2' }) }))).toBe(false);
    expect(linuxNetworkFilesReadable(machine({ ...sysfs('eth0', { operstate: 'up', ifindex: '2' }), 'proc/net/route': ROUTE_HEADER }))).toBe(true);
  });
});

describe('on this machine', () => {
  it.skipIf(process.platform !== 'linux' || !linuxNetworkFilesReadable('/'))('agrees with systeminformation on every interface it lists', async () => {
    const { networkInterfaces, networkGatewayDefault } = (await import('systeminformation')).default;
    const theirs = await networkInterfaces();
    const ours = readLinuxInterfaces('/', os.networkInterfaces());
    const fields = (i: { iface: string; default: boolean; internal: boolean; virtual: boolean; operstate: string; type: string }) => ({ iface: i.iface, default: i.default, internal: i.internal, virtual: i.virtual, operstate: i.operstate, type: i.type });
    expect(ours.map(fields)).toEqual((Array.isArray(theirs) ? theirs : [theirs]).map(fields));
    const gateway = await networkGatewayDefault();
    if (gateway && !gateway.includes(':')) expect(linuxDefaultRoute('/')?.gateway).toBe(gateway);
  });
});
