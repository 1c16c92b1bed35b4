import iconv from 'iconv-lite';
import type { TextEncoding } from './read.js';
import { decodeBuffer } from './read.js';

const BOMS: Record<TextEncoding, number[]> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
  gb18030: [],
};

/**
 * Encode text the way a file was read (see decodeBuffer): same encoding, the BOM put back when the
 * file had one. Line endings are the text's own: the fixes never rewrite them.
 */
export function encodeText(text: string, encoding: TextEncoding, bom: boolean): Uint8Array {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const bytes = encoding === 'utf-8' ? Buffer.from(body, 'utf8') : iconv.encode(body, encoding);
  if (!bom || !BOMS[encoding].length) return new Uint8Array(bytes);
  const out = new Uint8Array(BOMS[encoding].length + bytes.length);
  out.set(BOMS[encoding], 0);
  out.set(bytes, BOMS[encoding].length);
  return out;
}

/**
 * Whether writing the decoded text back reproduces the file byte for byte. When it does not (a
 * stray invalid byte decoded to U+FFFD, a BOM-less UTF-16 guess), writing a fix would also change
 * bytes the fix never touched, so the writer must refuse.
 */
export function roundTrips(original: Uint8Array): boolean {
  const decoded = decodeBuffer(original);
  return Buffer.from(encodeText(decoded.text, decoded.encoding, decoded.bom)).equals(Buffer.from(original));
}
