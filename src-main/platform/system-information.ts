/**
 * The few systeminformation calls the collectors make, each module loaded on first use: the
 * package's index requires all of its ~20 modules (bluetooth, docker, printers...), ~200 ms of every
 * start-up; the five used here load in ~40 ms.
 */
import { createRequire } from 'node:module';
import type { Systeminformation } from 'systeminformation';

const load = createRequire(import.meta.url);

function part<T>(name: string): T {
  return load(`systeminformation/lib/${name}.js`) as T;
}

/** systeminformation's functions of the same names (same answers, same types). */
export const si = {
  osInfo: () => part<{ osInfo(): Promise<Systeminformation.OsData> }>('osinfo').osInfo(),
  system: () => part<{ system(): Promise<Systeminformation.SystemData> }>('system').system(),
  cpu: () => part<{ cpu(): Promise<Systeminformation.CpuData> }>('cpu').cpu(),
  networkInterfaces: () =>
    part<{ networkInterfaces(): Promise<Systeminformation.NetworkInterfacesData[] | Systeminformation.NetworkInterfacesData> }>('network').networkInterfaces(),
  networkGatewayDefault: () => part<{ networkGatewayDefault(): Promise<string> }>('network').networkGatewayDefault(),
  wifiConnections: () => part<{ wifiConnections(): Promise<Systeminformation.WifiConnectionData[]> }>('wifi').wifiConnections(),
};
