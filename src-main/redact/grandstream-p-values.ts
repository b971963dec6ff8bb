/**
 * Grandstream's numbered settings (the P-values of its provisioning templates: P34 = ..., <P34>,
 * P34=x&P35=y) that hold credentials, accounts and names. Read from Grandstream's own config
 * templates for GXP16xx/17xx/21xx, GRP261x, GXV, HT50x/70x/80x/81x, GXW, WP810/820, DP75x, GDS
 * and GSC models (as mirrored in wazo-provd-plugins, docs/config-template/*.txt): the admin and
 * end-user web passwords (P2, P196), per account the SIP user id, authenticate id and password
 * (P35/P36/P34, P404/P405/P406, ... P1804/P1805/P1806; HT8xx FXS ports P4060/P4090/P4120 ...),
 * 802.1X identity and password (P7902/P7903), Wi-Fi access point passwords and EAP identities
 * (P8404..., P22021/P22022 ..., WP8xx SSID passwords P83003 ...), and the other service passwords
 * (XML config, HTTP(S) provisioning, PPPoE, OpenVPN, LDAP, TR-069, RADIUS, TURN). A number only
 * counts when every template that defines it gives it this meaning. Exact case: "p34" is no setting.
 */

/** What a Grandstream P-value holds. */
export type GrandstreamKind = 'secret' | 'user' | 'name';

const SECRET = [
  2, 34, 83, 196, 281, 406, 506, 606, 734, 955, 1359, 1361, 1594, 1706, 1806, 2352, 2452, 2552, 2967, 4120, 4121, 4122, 4123, 4124,
  4505, 4512, 4553, 4557, 6714, 6769, 6773, 6777, 7829, 7830, 7903, 8024, 8395, 8452, 10105, 10128, 10144, 10163,
  11004, 11014, 11024, 11034, 11044, 11054, 11064, 11074, 22019, 22022, 22043, 22103, 25036, 27008, 28110, 28124,
  // Wi-Fi access points 1-10 (GRP/GXP with Wi-Fi) and their EAP passwords.
  8404, 8407, 8410, 8413, 8416, 8419, 8422, 8425, 8428, 8431, 22137, 22140, 22143, 22146, 22149, 22152, 22155, 22158, 22161,
  // WP810/WP820 accounts 7-16 and SSIDs 1-10.
  50606, 50706, 50806, 50906, 51006, 51106, 51206, 51306, 51406, 51506,
  83003, 83103, 83203, 83303, 83403, 83503, 83603, 83703, 83803, 83903,
  // External service access passwords 1-10.
  32004, 32009, 32014, 32019, 32024, 32029, 32034, 32039, 32044, 32049,
];

const USER = [
  35, 36, 404, 405, 504, 505, 604, 605, 735, 771, 954, 1303, 1360, 1593, 1704, 1705, 1804, 1805, 2966, 4060, 4061, 4062, 4063, 4064,
  4090, 4091, 4092, 4093, 4094, 4504, 4511, 6713, 6768, 6772, 6776, 7902, 8023, 8394, 8451, 10127, 10143, 10162,
  11003, 11013, 11023, 11033, 11043, 11053, 11063, 11073, 21905, 21911, 22021, 22034, 22042, 22136, 22139, 22142, 22145,
  22148, 22151, 22154, 22157, 22160, 25035, 28123, 29098, 29198, 50604, 50704, 50804, 50904, 51004, 51104, 51204, 51304, 51404, 51504,
];

/** Display names of accounts 1-6 ("Name (Display Name, e.g., John Doe)"). */
const NAME = [3, 407, 507, 607, 1707, 1807];

const KINDS = new Map<string, GrandstreamKind>([
  ...SECRET.map((n) => [`P${n}`, 'secret'] as const),
  ...USER.map((n) => [`P${n}`, 'user'] as const),
  ...NAME.map((n) => [`P${n}`, 'name'] as const),
]);

/** What a Grandstream setting name (P34) holds, or undefined when it holds nothing private. */
export function grandstreamKind(name: string): GrandstreamKind | undefined {
  return KINDS.get(name);
}
