import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBuffer } from '../../src/files/read.js';

const TEXT = '# 关于加快培育发展未来产业的指导意见\r\n\r\n到2026年，未来产业总产值达到5000亿元。\r\n';

describe('decodeBuffer', () => {
  it('reads plain UTF-8 and keeps CRLF', () => {
    expect(decodeBuffer(Buffer.from(TEXT, 'utf8'))).toEqual({ text: TEXT, encoding: 'utf-8', bom: false });
  });

  it('removes a UTF-8 BOM and says it was there', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]);
    expect(decodeBuffer(bytes)).toEqual({ text: TEXT, encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]);
    expect(decodeBuffer(le)).toEqual({ text: TEXT, encoding: 'utf-16le', bom: true });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]);
    expect(decodeBuffer(be)).toEqual({ text: TEXT, encoding: 'utf-16be', bom: true });
  });

  it('recognises BOM-less UTF-16 of mostly-ASCII text by its NUL bytes', () => {
    const ascii = '---\nlevel: county\n---\n\n# Title 标题\n';
    expect(decodeBuffer(iconv.encode(ascii, 'utf-16le'))).toEqual({ text: ascii, encoding: 'utf-16le', bom: false });
    expect(decodeBuffer(iconv.encode(ascii, 'utf-16be'))).toEqual({ text: ascii, encoding: 'utf-16be', bom: false });
  });

  it('falls back to GB18030 for GBK bytes (invalid UTF-8)', () => {
    const gbk = iconv.encode(TEXT, 'gbk');
    expect(decodeBuffer(gbk)).toEqual({ text: TEXT, encoding: 'gb18030', bom: false });
    // Full-width punctuation and 〔〕 of a 文号 survive too.
    const docNo = '苏政发〔2023〕104号，“10+X”。';
    expect(decodeBuffer(iconv.encode(docNo, 'gb18030')).text).toBe(docNo);
  });

  it('keeps a UTF-8 file with a BOM as UTF-8 even if one byte is bad', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('正文', 'utf8'), Buffer.from([0xff])]);
    const d = decodeBuffer(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text.startsWith('正文')).toBe(true);
  });

  it('reads an empty file as empty UTF-8', () => {
    expect(decodeBuffer(Buffer.alloc(0))).toEqual({ text: '', encoding: 'utf-8', bom: false });
  });
});
