/**
 * The words `ipconfig /all` puts before an adapter's name ("Wireless LAN adapter Wi-Fi:",
 * "Drahtlos-LAN-Adapter WLAN:", "Carte réseau sans fil Wi-Fi :", "Адаптер беспроводной локальной
 * сети Беспроводная сеть:", "PPP-Adapter Firma:"), by kind, in the display languages Windows ships
 * most. "PPP" is the same in every language. A phrase none of these match is read as kind "other":
 * the verdicts then say "unknown" rather than guess.
 */
import type { LinkKind } from './link-facts.js';

/** Phrase patterns per kind, most specific first (a "Mobile Broadband" phrase may say "wireless" too). */
export const ADAPTER_KIND_WORDS: readonly [RegExp, LinkKind][] = [
  [/\bPPP\b/, 'ppp'],
  [/mobile broadband|mobiles breitband|haut débit mobile|banda ancha móvil|banda larga mobile|banda larga móvel|мобильн|モバイル ブロードバンド|移动宽带|行動寬頻|모바일 광대역|cellular/i, 'mobile'],
  [/wireless|wi-?fi|wlan|drahtlos|sans fil|inalámbric|senza fili|sem fio|bezprzewodow|draadloos|trådlös|trådløs|langaton|vezeték nélküli|kablosuz|bezdrátov|беспровод|ワイヤレス|無線|无线|무선/i, 'wireless'],
  // Wintun, OpenVPN DCO, WireGuard and similar drivers are of a type ipconfig calls "unknown".
  [/unknown adapter|unbekannter adapter|carte inconnue|adaptador desconocido|adaptador desconhecido|scheda sconosciuta|nieznana karta|onbekende adapter|неизвестный адаптер|不明なアダプター|未知适配器|不明的介面卡|알 수 없는 어댑터/i, 'tun'],
  // Teredo, ISATAP, 6to4: Windows' own IPv6 transition tunnels (no IPv4 address: idle for the VPN verdict).
  [/tunnel|túnel|туннел|トンネル|隧道|터널/i, 'tunnel'],
  [/ethernet|イーサネット|以太网|乙太網路|이더넷/i, 'ethernet'],
];

/** The kind a phrase names, or 'other' when it is in none of the languages above. */
export function adapterKindOf(phrase: string): LinkKind {
  return ADAPTER_KIND_WORDS.find(([pattern]) => pattern.test(phrase))?.[1] ?? 'other';
}
