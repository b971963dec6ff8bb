/**
 * Property lists (macOS and iOS .plist, ioreg -a, MDM profiles) and Android's shared-preference
 * and WifiConfigStore XML name a value by a sibling, not by its element: `<key>SerialNumber</key>
 * <string>C02XL0GYJGH5</string>`, `<string name="SSID">&quot;HomeNet&quot;</string>`. The XML rule
 * (xml-elements.ts) asks here which key names an element's content.
 */

/** A plist key element right before a value element (up to the value's start tag's '>', where the XML rule matches). */
const KEY_BEFORE = /<key>([^<>\r\n]{1,80})<\/key>\s*<(?:string|integer|data|real|date)$/;
/** A value element of Android's XML with its name attribute (up to the start tag's '>'). */
const NAME_ATTRIBUTE_BEFORE = /<(?:string|long|int)[ \t]+name="([^"<>\r\n]{1,80})"[^<>]*$/;
/** What follows a plist key's content: its end tag, then its value's element. */
const VALUE_AFTER = /^<\/key>\s*<(?:string|integer|data|real|date|true|false|dict|array)\b/;

/** The content of a plist <key> element: a name, never a value (not even a token-like one). */
export const PLIST_KEY = Symbol('plist key');

/**
 * The key that names an element's content (its plist key or its name attribute), PLIST_KEY for a
 * plist key element itself, or null when the element's own name decides.
 */
export function plistKeyOf(element: string, before: string, after: string): string | typeof PLIST_KEY | null {
  if (element === 'key') return VALUE_AFTER.test(after) ? PLIST_KEY : null;
  if (!/^(?:string|integer|data|real|date|long|int)$/.test(element)) return null;
  return KEY_BEFORE.exec(before)?.[1] ?? NAME_ATTRIBUTE_BEFORE.exec(before)?.[1] ?? null;
}
