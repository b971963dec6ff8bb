/**
 * The seed's separation test on a set of bundles of one error: one user or device, one network,
 * one Zoom version, or everywhere. "Others fine" comes from the bundles outside the group: people
 * or devices that sent bundles for other errors but not this one.
 */
import { UNKNOWN_ID, type FleetBundle, type FleetVerdict } from './fleet-summary.js';
import { count } from '../plural-words.js';

export interface Judgement {
  verdict: FleetVerdict;
  evidence: string[];
}

const distinct = (values: Iterable<string>) => [...new Set(values)];
const known = (values: Iterable<string>) => distinct(values).filter((v) => v !== UNKNOWN_ID);
const list = (values: readonly string[]) => values.join(', ');

/** VPN and proxy verdicts that mean traffic goes through something. */
const THROUGH_VPN = new Set(['detected', 'possible']);
const THROUGH_PROXY = new Set(['proxy', 'auto-config']);

/**
 * What all bundles' networks share, as a sentence and a test for other bundles; undefined when
 * nothing. The same VPN or proxy says more than the same kind of link (most offices are on Wi-Fi).
 */
function sharedNetwork(set: readonly FleetBundle[]): { says: string; same: (b: FleetBundle) => boolean; label: (b: FleetBundle) => string } | undefined {
  const vpns = distinct(set.map((b) => b.network.vpn));
  if (vpns.length === 1 && THROUGH_VPN.has(vpns[0]!)) return { says: `all ${count(set.length, 'bundle')} behind a VPN (verdict ${vpns[0]})`, same: (b) => b.network.vpn === vpns[0], label: (b) => `vpn ${b.network.vpn}` };
  const proxies = distinct(set.map((b) => b.network.proxy));
  if (proxies.length === 1 && THROUGH_PROXY.has(proxies[0]!)) return { says: `all ${set.length} bundles behind a proxy (verdict ${proxies[0]})`, same: (b) => b.network.proxy === proxies[0], label: (b) => `proxy ${b.network.proxy}` };
  const kinds = distinct(set.map((b) => b.network.kind));
  if (kinds.length === 1 && kinds[0] !== UNKNOWN_ID) return { says: `all ${set.length} bundles on one network kind (${kinds[0]})`, same: (b) => b.network.kind === kinds[0], label: (b) => b.network.kind };
  return undefined;
}

/**
 * When the group shares both a network and a Zoom version, a factor separates the group from the
 * others when at least this share of the bundles from people outside the group differ in it (the
 * rest share it and did not report this error). Weighing the share, not a count, keeps one
 * outlier among many alike from deciding.
 */
export const SEPARATING_SHARE = 0.5;

/** How the bundles of people outside the group compare in one factor. */
interface Contrast {
  /** Distinct reporters outside the group that differ (the "others fine"). */
  reporters: number;
  /** Their values, for the evidence. */
  values: string[];
  /** Bundles outside the group that differ, of those `compared` (from other known reporters with a value). */
  differ: number;
  compared: number;
}

/** Bundles from reporters outside the group: how many differ in `differs`, with their values. */
function contrast(outside: readonly FleetBundle[], reporters: ReadonlySet<string>, comparable: (b: FleetBundle) => boolean, differs: (b: FleetBundle) => boolean, value: (b: FleetBundle) => string): Contrast {
  const others = outside.filter((b) => b.reporter !== UNKNOWN_ID && !reporters.has(b.reporter) && comparable(b));
  const differing = others.filter(differs);
  return { reporters: known(differing.map((b) => b.reporter)).length, values: distinct(differing.map(value)), differ: differing.length, compared: others.length };
}

const shareOf = (c: Contrast) => (c.compared === 0 ? 0 : c.differ / c.compared);
const separates = (c: Contrast) => c.compared > 0 && shareOf(c) >= SEPARATING_SHARE;

function singleReporter(set: readonly FleetBundle[], outside: readonly FleetBundle[], reporter: string): Judgement {
  const devices = known(set.map((b) => b.device));
  const evidence = [`all ${set.length} bundles from one reporter (${reporter})`];
  if (set.some((b) => b.scope === 'only-me')) evidence.push('the reporter said only they are affected (only-me)');
  if (devices.length === 1 && !set.some((b) => b.device === UNKNOWN_ID)) {
    const fine = known(outside.filter((b) => b.reporter === reporter && b.device !== devices[0]).map((b) => b.device));
    if (fine.length > 0) {
      return {
        verdict: 'one-device',
        evidence: [
          `all ${set.length} bundles from one device (${devices[0]}) of one reporter (${reporter})`,
          `the same reporter's ${fine.length === 1 ? 'other device' : count(fine.length, 'other device')} (${list(fine)}) sent bundles without this error`,
          ...evidence.slice(1),
        ],
      };
    }
    evidence.push(`all from one device (${devices[0]}); no bundle from another device of this reporter to compare`);
  } else if (devices.length > 1) {
    evidence.push(`on ${devices.length} devices (${list(devices)}): it follows the person, not the computer`);
  }
  return { verdict: 'one-user', evidence };
}

/** The sentence that says how the two shared factors were weighed. */
function weighing(version: Contrast, network: Contrast): string {
  if (version.compared === 0 && network.compared === 0) return 'no bundle from other people to compare the version and the network against';
  const part = (c: Contrast, what: string) => `${c.differ} of ${c.compared} bundles from other people on ${what}`;
  return `${part(version, 'another Zoom version')}, ${part(network, 'another network')} (a factor separates from ${Math.round(SEPARATING_SHARE * 100)} %)`;
}

/** The verdict and its evidence for `set` (one group or episode); `outside` is every valid bundle not in the group. */
export function judgeBundles(set: readonly FleetBundle[], outside: readonly FleetBundle[]): Judgement {
  if (set.length === 1) return { verdict: 'insufficient', evidence: ['one bundle: the separation test needs reports from more than one person or computer'] };
  const reporters = known(set.map((b) => b.reporter));
  const unknown = set.filter((b) => b.reporter === UNKNOWN_ID).length;
  if (reporters.length === 0) {
    return { verdict: 'insufficient', evidence: [`none of the ${set.length} bundles has reporter ids (made before them): one person cannot be told from many`] };
  }
  if (reporters.length === 1 && unknown > 0) {
    return { verdict: 'insufficient', evidence: [`one reporter with ids (${reporters[0]}) and ${count(unknown, 'bundle')} without: cannot tell whether they are the same person`] };
  }
  if (reporters.length === 1) return singleReporter(set, outside, reporters[0]!);

  const devices = known(set.map((b) => b.device));
  const evidence = [`${count(reporters.length, 'reporter')} on ${count(devices.length, 'device')}${unknown ? ` (and ${count(unknown, 'bundle')} without reporter ids)` : ''}`];
  if (set.some((b) => b.keySource === 'machine')) evidence.push('some ids are keyed per computer (no organisation key): one person on two computers counts as two reporters');
  const inGroup = new Set(reporters);
  const network = sharedNetwork(set);
  const versions = distinct(set.map((b) => b.zoomVersion ?? UNKNOWN_ID));
  const version = versions.length === 1 && versions[0] !== UNKNOWN_ID ? versions[0] : undefined;
  const networkFine = network && contrast(outside, inGroup, () => true, (b) => !network.same(b), network.label);
  const versionFine = version !== undefined ? contrast(outside, inGroup, (b) => b.zoomVersion !== undefined, (b) => b.zoomVersion !== version, (b) => b.zoomVersion!) : undefined;
  const networkSays = network && [network.says, ...(networkFine!.reporters ? [`${count(networkFine!.reporters, 'other reporter')} on other networks (${list(networkFine!.values)}) did not report this error`] : [])];
  const versionSays = version !== undefined && [
    `all ${set.length} bundles on Zoom ${version}`,
    versionFine!.reporters
      ? `${count(versionFine!.reporters, 'other reporter')} on other versions (${list(versionFine!.values)}) did not report this error`
      : 'no bundle from another Zoom version in this set to compare',
  ];
  // Both shared: the one that separates the group from the others (by share of their bundles)
  // decides, the larger share if both do; with neither, or a tie, the network comes first (seed:
  // many users plus one network means network review).
  const both = Boolean(versionSays && networkSays);
  const byVersion = versionSays && (!networkSays || (separates(versionFine!) && (!separates(networkFine!) || shareOf(versionFine!) > shareOf(networkFine!))));
  const weighed = both ? [weighing(versionFine!, networkFine!)] : [];
  if (byVersion) return { verdict: 'shared-version', evidence: [...evidence, ...versionSays, ...weighed, ...(networkSays ? [`also: ${networkSays[0]}`] : [])] };
  if (networkSays) return { verdict: 'shared-network', evidence: [...evidence, ...networkSays, ...weighed, ...(versionSays ? [`also: ${versionSays[0]}`] : [])] };
  const kinds = distinct(set.map((b) => b.network.kind));
  return {
    verdict: 'shared-wide',
    evidence: [
      ...evidence,
      `across ${count(kinds.length, 'network kind')} (${list(kinds)}) and ${count(versions.length, 'Zoom version')} (${list(versions)})`,
      'look at the service side first: Zoom service status, account-level settings, recent admin or API changes',
    ],
  };
}
