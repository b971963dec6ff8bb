/**
 * The little the runtime's Intl data does not say about time zones, as a table with its sources.
 * Everything else (names, abbreviations, offsets, which countries use a zone) comes from Intl.
 */

/**
 * Renamed zones: the runtime may still list the old name (Node 20 lists Asia/Calcutta). People
 * search for the current city. Source: IANA tz database, file "backward" (tzdata 2025b).
 */
export const RENAMED_ZONES: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Ulaanbaatar': 'Asia/Ulaanbaatar',
  'Asia/Ulan_Bator': 'Asia/Ulaanbaatar',
  'Asia/Dacca': 'Asia/Dhaka',
  'Asia/Thimbu': 'Asia/Thimphu',
  'Asia/Macao': 'Asia/Macau',
  'Asia/Ujung_Pandang': 'Asia/Makassar',
  'Europe/Kiev': 'Europe/Kyiv',
  'Europe/Uzhgorod': 'Europe/Kyiv',
  'Europe/Zaporozhye': 'Europe/Kyiv',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'America/Godthab': 'America/Nuuk',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Enderbury': 'Pacific/Kanton',
};

/**
 * Abbreviations in common use that English Intl data shows only as "GMT+3" and the like.
 * Source: the FORMAT column of the IANA tz database's zone lines (tzdata 2025b: files "europe",
 * "asia", "southamerica"); Intl's English shows these zones as offsets only), which is what these abbreviations are taken from.
 */
export const EXTRA_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  MSK: ['Europe/Moscow', 'Europe/Simferopol'],
  JST: ['Asia/Tokyo'],
  KST: ['Asia/Seoul', 'Asia/Pyongyang'],
  PKT: ['Asia/Karachi'],
  ICT: ['Asia/Bangkok', 'Asia/Ho_Chi_Minh', 'Asia/Saigon', 'Asia/Phnom_Penh', 'Asia/Vientiane'],
  WIB: ['Asia/Jakarta', 'Asia/Pontianak'],
  WITA: ['Asia/Makassar'],
  WIT: ['Asia/Jayapura'],
  PHT: ['Asia/Manila'],
  PHST: ['Asia/Manila'],
  CST: ['Asia/Shanghai', 'Asia/Taipei'],
  BRT: ['America/Sao_Paulo'],
  ART: ['America/Argentina/Buenos_Aires', 'America/Buenos_Aires'],
  UTC: ['UTC', 'Etc/UTC'],
};

/**
 * Short names people type for countries that Intl names in full ("United Kingdom").
 * Source: ISO 3166-1 alpha-2/alpha-3 codes and common English usage.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  uk: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  usa: 'US',
  us: 'US',
  america: 'US',
  uae: 'AE',
  holland: 'NL',
  'south korea': 'KR',
  korea: 'KR',
  russia: 'RU',
};
