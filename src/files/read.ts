import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  /** The text without its byte order mark; line endings as in the file (CRLF kept). */
  text: string;
  encoding: TextEncoding;
  /** Whether the file started with a byte order mark (a writer must put it back). */
  bom: boolean;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decode a file's bytes. BOMs decide first; then valid UTF-8 is taken as UTF-8; anything else is
 * read as GB18030, the superset of GBK/GB2312 that older government drafts are saved in.
 */
export function decodeBuffer(buffer: Uint8Array): DecodedText {
  const b = buffer;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    return { text: strictOrLoose(b.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(b.subarray(2)), 'utf-16le', { stripBOM: false }), encoding: 'utf-16le', bom: true };
  }
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(b.subarray(2)), 'utf-16be', { stripBOM: false }), encoding: 'utf-16be', bom: true };
  }
  const utf16 = guessBomlessUtf16(b);
  if (utf16) return { text: iconv.decode(Buffer.from(b), utf16, { stripBOM: false }), encoding: utf16, bom: false };
  try {
    return { text: strictUtf8.decode(b), encoding: 'utf-8', bom: false };
  } catch {
    return { text: iconv.decode(Buffer.from(b), 'gb18030', { stripBOM: false }), encoding: 'gb18030', bom: false };
  }
}

/** After a UTF-8 BOM the file says it is UTF-8; a stray bad byte should not turn it into GBK. */
function strictOrLoose(b: Uint8Array): string {
  try {
    return strictUtf8.decode(b);
  } catch {
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);
  }
}

/**
 * UTF-16 without a BOM is valid UTF-8 when it is mostly ASCII (the NULs decode fine), so look at
 * where the NUL bytes fall: text never contains NUL, UTF-16 of ASCII/CJK-with-ASCII has many of
 * them on one parity.
 */
function guessBomlessUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (b.length < 4 || b.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  const n = Math.min(b.length, 4096);
  for (let i = 0; i < n; i++) {
    if (b[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even === 0) return 'utf-16le';
  if (even > pairs * 0.3 && odd === 0) return 'utf-16be';
  return undefined;
}

/** Read and decode one file. Errors (permission denied, a directory, missing) are thrown as fs errors. */
export async function readTextFile(path: string): Promise<DecodedText> {
  return decodeBuffer(await readFile(path));
}
