/**
 * Turns the bytes a Windows command wrote into text, given the code page it wrote them in
 * (`chcp`'s number: 437, 850, 932, 65001, ...). Console tools (reg, netsh, ipconfig) write in the
 * console's OEM code page, not UTF-8: a Japanese netsh answer read as UTF-8 is garbage, and a
 * German "Drahtlos" read as UTF-8 loses its umlauts.
 */
import { OEM_UPPER_HALVES } from './oem-code-pages.js';

/** Turns a command's output bytes into text. */
export type OutputDecoder = (bytes: Uint8Array) => string;

/** Code pages TextDecoder knows (WHATWG Encoding labels), by Windows code page number. */
const TEXT_DECODER_LABELS: Readonly<Record<number, string>> = {
  866: 'ibm866',
  874: 'windows-874',
  932: 'shift_jis',
  936: 'gbk',
  949: 'euc-kr',
  950: 'big5',
  1200: 'utf-16le',
  1201: 'utf-16be',
  1250: 'windows-1250',
  1251: 'windows-1251',
  1252: 'windows-1252',
  1253: 'windows-1253',
  1254: 'windows-1254',
  1255: 'windows-1255',
  1256: 'windows-1256',
  1257: 'windows-1257',
  1258: 'windows-1258',
  10000: 'macintosh',
  20866: 'koi8-r',
  21866: 'koi8-u',
  28591: 'iso-8859-1',
  28592: 'iso-8859-2',
  28593: 'iso-8859-3',
  28594: 'iso-8859-4',
  28595: 'iso-8859-5',
  28596: 'iso-8859-6',
  28597: 'iso-8859-7',
  28598: 'iso-8859-8',
  28599: 'iso-8859-9',
  28603: 'iso-8859-13',
  28605: 'iso-8859-15',
  51932: 'euc-jp',
  54936: 'gb18030',
  65001: 'utf-8',
};

/** UTF-8, the answer when the code page is unknown (and what every non-Windows tool here writes). */
export const utf8Decoder: OutputDecoder = (bytes) => new TextDecoder('utf-8').decode(bytes);

function singleByteDecoder(upperHalf: string): OutputDecoder {
  return (bytes) => {
    let text = '';
    for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : upperHalf[byte - 0x80]!;
    return text;
  };
}

/** The decoder for a Windows code page, or undefined when neither TextDecoder nor the OEM tables know it. */
export function decoderForCodePage(codePage: number): OutputDecoder | undefined {
  const label = TEXT_DECODER_LABELS[codePage];
  if (label) {
    try {
      const decoder = new TextDecoder(label);
      return (bytes) => decoder.decode(bytes);
    } catch {
      // A Node built without full ICU knows only UTF-8 and UTF-16: the caller falls back.
      return undefined;
    }
  }
  const upperHalf = OEM_UPPER_HALVES[codePage];
  return upperHalf ? singleByteDecoder(upperHalf) : undefined;
}
