/**
 * Keys of identifiers tied to one person's device or to the person in an organisation, and of
 * Wi-Fi networks: an advertising id (IDFA), a vendor id (IDFV), a UDID, a hardware UUID, a
 * serial number, an Android id, an eSIM EID, an Entra/Intune/Jamf device id, an asset tag, an
 * employee or customer number, an SSID and its pre-shared key. None has a shape of its own (a
 * device id is a UUID like any request id, a serial a token like any build tag): the KEY decides,
 * so a "requestId", "callId" or "meetingUUID" keeps its UUID. These lists feed the key rule, XML
 * elements, plist keys and parsed JSON through redaction-keys.ts.
 */
import type { PlaceholderIssuer } from './placeholders.js';

/** What a value under one of these keys is: a device's id, an eSIM's 32-digit EID or a Wi-Fi network's name. */
export type DeviceKeyKind = 'hardware-id' | 'esim-eid' | 'wifi';

/** Keys of device identifiers, as tools write them (the key rule adds lower, first-capital and upper case). */
export const HARDWARE_ID_KEYS = [
  // Apple: advertising and vendor ids, UDIDs (system_profiler, Xcode, MDM), ioreg's platform serial and UUID.
  'advertisingIdentifier', 'advertising_identifier', 'advertisingId', 'advertising_id', 'idfa', 'idfv', 'identifierForVendor', 'identifier_for_vendor',
  'udid', 'Provisioning UDID', 'Hardware UUID', 'hardwareUUID', 'hardware_uuid', 'hardwareUuid', 'platformUUID', 'IOPlatformUUID', 'IOPlatformSerialNumber',
  // Serial numbers: system_profiler's "Serial Number (system)", USB descriptors in dmesg, headsets and phones.
  'Serial Number (system)', 'Serial Number', 'serialNumber', 'serial_number', 'serial', 'serialno', 'serial_no', 'serialNo', 'S/N', 'SN', 'SerialNum',
  // Android: the device's id and serial as getprop and build.prop write them ([ro.serialno]: [x]).
  'android_id', 'androidId', 'Android ID', 'ro.serialno', 'ro.boot.serialno', 'ro.serialno]', 'ro.boot.serialno]', 'gsf_id', 'gsfId',
  // An eSIM's EID (a CDMA handset's MEID is a DEVICE_KEYS key of redaction-keys.ts).
  'eid', 'eSIM EID',
  // Entra (Azure AD), Intune and Jamf ids of a managed device, and Windows' machine ids.
  'objectId', 'Object ID', 'azureADDeviceId', 'azureAdDeviceId', 'aadDeviceId', 'AAD Device ID', 'Azure AD Device ID', 'entraDeviceId', 'deviceId', 'device_id',
  'Device ID', 'intuneDeviceId', 'Intune Device ID', 'managedDeviceId', 'managed_device_id', 'Management ID', 'managementId', 'management_id', 'jamfId',
  'hardwareId', 'hardware_id', 'machineId', 'machine_id', 'MachineGuid', 'computerId', 'computer_id',
  // Asset tags (Asset Tag: IT-004512).
  'Asset Tag', 'asset_tag', 'assetTag', 'asset_tag_number', 'assetNumber', 'asset_number',
] as const;

/** Keys of people's numbers in an organisation that ID_KEYS (id-document-keys.ts) has no text spelling of: member ids. */
export const MEMBER_NUMBER_KEYS = [
  'Emp ID', 'emp_id', 'empId', 'emp_no', 'empNo', 'Employee ID', 'Employee Number', 'employeeNumber', 'employee_number', 'employee_no', 'employeeNo',
  'customer_account', 'customerAccount', 'customer_account_number', 'customerAccountNumber', 'Customer Number', 'customerNo', 'customer_no', 'client_number',
] as const;

/** Keys of bank-like account numbers already in ID_KEYS whose text spelling the key rule did not look for. */
export const ACCOUNT_NUMBER_TEXT_KEYS = ['account_no', 'accountNo', 'acct_no', 'acctNo'] as const;

/** Keys of a Wi-Fi network's name: wpa_supplicant, NetworkManager, iw, airport -I, netsh, networksetup, Polycom and Yealink configs, Android. */
export const WIFI_KEYS = [
  'ssid', 'essid', 'SSID name', 'wifiName', 'wifi_name', 'wifiSsid', 'wifi_ssid', 'ssidName', 'ssid_name', 'Current Wi-Fi Network', 'Wi-Fi Network',
  'WiFi Network', 'All User Profile', 'Current User Profile',
] as const;

/**
 * Keys that name a Wi-Fi network only inside a netsh listing (a profile's "Name", an interface's
 * "Profile"): in text only, after wifiListingBefore; in JSON and XML they stay generic.
 */
export const WIFI_LISTING_KEYS = ['Name', 'Profile'] as const;
/** A key of WIFI_LISTING_KEYS in any case. */
export const WIFI_LISTING_KEY = /^(?:name|profile)$/i;

/** Keys of a Wi-Fi pre-shared key that SECRET_KEYS has no word of: netsh's "Key Content", Polycom's device.wifi.psk.key, Android's PreSharedKey. */
export const WIFI_SECRET_KEYS = ['Key Content', 'psk.key', 'preSharedKey', 'pre_shared_key', 'wpa_psk', 'wpa-psk', 'wpaPsk'] as const;

/** The kinds by key, for redaction-keys.ts's table (member numbers are its 'member-id'). */
export const DEVICE_ID_KEY_KINDS: [DeviceKeyKind | 'member-id', readonly string[]][] = [
  ['hardware-id', HARDWARE_ID_KEYS.filter((key) => !/^(?:eid|eSIM EID)$/.test(key))],
  ['esim-eid', ['eid', 'eSIM EID']],
  ['member-id', MEMBER_NUMBER_KEYS],
  ['wifi', WIFI_KEYS],
];

/** Every key above the key rule looks for in text. */
export const DEVICE_ID_TEXT_KEYS: readonly string[] = [...HARDWARE_ID_KEYS, ...MEMBER_NUMBER_KEYS, ...ACCOUNT_NUMBER_TEXT_KEYS, ...WIFI_KEYS, ...WIFI_LISTING_KEYS];

const DEVICE_KINDS = new Set<string>(['hardware-id', 'esim-eid', 'wifi']);

/** True when a KeyKind is one of this file's. */
export function isDeviceKeyKind(kind: string): kind is DeviceKeyKind {
  return DEVICE_KINDS.has(kind);
}

/** One token of an identifier: letters, digits and inner separators, with a digit, 6 to 64 characters. */
const IDENTIFIER = /^(?=[^]*\d)[A-Za-z0-9](?:[A-Za-z0-9_:-]|\.(?=[A-Za-z0-9])){5,63}$/;
/** Values that stand for no device: all zeros (the IDFA of a device that limits ad tracking), a dotted version. */
const NO_DEVICE = /^[0-]+$|^\d+(?:\.\d+)+$/;
/** A UUID or hex string compares in lower case (IDFA in upper case in one file, lower in another). */
const HEX_ID = /^[0-9A-Fa-f]+(?:-[0-9A-Fa-f]+)*$/;
/** Values under an SSID key that name no network. */
const NO_NETWORK = /^(?:null|none|unknown|<unknown ssid>|off\/any|any|n\/a|--|\*+|true|false|\d{1,3})$/i;
/** An SSID as it may be quoted inside a value (Android's "\"HomeNet\"", XML's &quot;HomeNet&quot;): the quotes stay. */
const INNER_QUOTES = /^(&quot;|\\")(.*)\1$/;

/** The placeholder of a value announced as one of these kinds, or null when it does not fit the kind. */
export function deviceKeyedValue(kind: DeviceKeyKind, value: string, placeholders: PlaceholderIssuer): string | null {
  // getprop writes [key]: [value]: the brackets stay around the placeholder.
  const bracketed = /^\[([^\]]*)\]$/.exec(value);
  if (bracketed) {
    const inner = deviceKeyedValue(kind, bracketed[1]!.trim(), placeholders);
    return inner === null ? null : `[${inner}]`;
  }
  switch (kind) {
    case 'hardware-id':
      if (!IDENTIFIER.test(value) || NO_DEVICE.test(value)) return null;
      return placeholders.get('device-id', HEX_ID.test(value) ? value.toLowerCase() : value);
    case 'esim-eid':
      return /^\d{32}$/.test(value) ? placeholders.get('device-id', value) : null;
    case 'wifi': {
      const quoted = INNER_QUOTES.exec(value);
      const ssid = quoted?.[2] ?? value;
      // An SSID is at most 32 bytes (IEEE 802.11), and the scan sees bytes.
      if (ssid.length > 32 || NO_NETWORK.test(ssid)) return null;
      const quote = quoted?.[1] ?? '';
      return `${quote}${placeholders.get('wifi', ssid)}${quote}`;
    }
  }
}

/**
 * True when the text before a "Name :" or "Profile :" key is a netsh Wi-Fi listing: a profile's
 * information (Type : Wireless LAN just before Name) or an interface's state (its signal,
 * channel and rates before Profile). Elsewhere those keys name other things (an interface, a user profile).
 */
export function wifiListingBefore(key: string, before: string): boolean {
  if (/^name$/i.test(key)) return /Type[ \t]*:[ \t]*Wireless LAN[ \t]*\r?\n[ \t]*Name[ \t]*$/.test(before);
  // The SSID line is replaced by then (the text before never reaches into replaced text): the lines after it.
  return /\n[ \t]*(?:Signal|Channel|Authentication|Radio type|Receive rate \(Mbps\)|Transmit rate \(Mbps\))[ \t]+:[^\r\n]*\r?\n(?:[^\r\n]*\r?\n){0,8}[ \t]*Profile[ \t]*$/.test(before);
}
