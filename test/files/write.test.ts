import { describe, it, expect, afterEach } from 'vitest';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, symlinkSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { AtomicFile, writeFileAtomic } from '../../src/files/write.js';
import { encodeText, roundTrips } from '../../src/files/encode.js';
import { decodeBuffer } from '../../src/files/read.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const temp = () => (dir = mkdtempSync(path.join(os.tmpdir(), 'policylint-write-')));

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the mode and leaves no temporary file', async () => {
    const file = path.join(temp(), '方案.md');
    writeFileSync(file, '旧');
    chmodSync(file, 0o600);
    await writeFileAtomic(file, '新内容');
    expect(readFileSync(file, 'utf8')).toBe('新内容');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['方案.md']);
  });

  it('writes a text given in pieces, and leaves the old content when a piece fails', async () => {
    const file = path.join(temp(), 'report.json');
    writeFileSync(file, '旧');
    await writeFileAtomic(file, ['[', '{"甲":1}', ',{"乙":2}', ']']);
    expect(readFileSync(file, 'utf8')).toBe('[{"甲":1},{"乙":2}]');
    function* failing() {
      yield '[';
      throw new Error('formatter failed');
    }
    await expect(writeFileAtomic(file, failing())).rejects.toThrow('formatter failed');
    expect(readFileSync(file, 'utf8')).toBe('[{"甲":1},{"乙":2}]');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('writes through a symbolic link, which stays a link', async () => {
    const real = path.join(temp(), 'real.md');
    writeFileSync(real, '旧');
    symlinkSync(real, path.join(dir, 'link.md'));
    await writeFileAtomic(path.join(dir, 'link.md'), '新');
    expect(lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('新');
    expect(readdirSync(dir).sort()).toEqual(['link.md', 'real.md']);
  });

  it('creates a file that did not exist, from bytes', async () => {
    const file = path.join(temp(), 'new.md');
    await writeFileAtomic(file, new Uint8Array([0xe4, 0xb8, 0x80]));
    expect(readFileSync(file, 'utf8')).toBe('一');
  });

  it('removes the temporary file and keeps the original when the rename fails', async () => {
    // Renaming a file over a non-empty directory fails after the temporary file was written.
    const sub = path.join(temp(), 'occupied');
    writeFileSync(path.join(dir, 'keep'), '');
    mkdirSync(sub);
    writeFileSync(path.join(sub, 'inside.md'), '原文');
    await expect(writeFileAtomic(sub, 'x')).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['keep', 'occupied']);
    expect(readFileSync(path.join(sub, 'inside.md'), 'utf8')).toBe('原文');
  });
});

describe('encodeText', () => {
  const text = '徐政办发〔2024〕2号\r\n各县（市）、区人民政府：\r\n';

  it('writes back each encoding policylint reads, BOM included, byte for byte', () => {
    const files = [
      Buffer.from(text, 'utf8'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]),
      iconv.encode(text, 'gb18030'),
    ];
    for (const bytes of files) {
      const d = decodeBuffer(bytes);
      expect(d.text).toBe(text);
      expect(Buffer.from(encodeText(d.text, d.encoding, d.bom)).equals(bytes), d.encoding).toBe(true);
      expect(roundTrips(bytes)).toBe(true);
    }
  });

  it('detects a file that would change by being read and written (an invalid byte)', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('通知', 'utf8'), Buffer.from([0xff])]);
    expect(roundTrips(bytes)).toBe(false);
  });
});

describe('AtomicFile', () => {
  it('writes pieces given over time in order, and shows them only once committed', async () => {
    const file = path.join(temp(), 'report.json');
    writeFileSync(file, '旧');
    const atomic = await AtomicFile.open(file);
    atomic.write('[');
    atomic.write('{"甲":1}');
    await new Promise((resolve) => setImmediate(resolve));
    atomic.write(']\n');
    expect(readFileSync(file, 'utf8')).toBe('旧');
    await atomic.commit();
    expect(readFileSync(file, 'utf8')).toBe('[{"甲":1}]\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('leaves the target untouched and no temporary file when aborted', async () => {
    const file = path.join(temp(), 'report.json');
    writeFileSync(file, '旧');
    const atomic = await AtomicFile.open(file);
    atomic.write('[');
    expect(readdirSync(dir)).toHaveLength(2);
    await atomic.abort();
    expect(readFileSync(file, 'utf8')).toBe('旧');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('keeps a failed write for commit, which throws it and removes the temporary file', async () => {
    const file = path.join(temp(), 'report.json');
    const atomic = await AtomicFile.open(file);
    // A closed handle makes the next write fail, as a full disk would.
    await atomic.handle.close();
    atomic.write('[');
    atomic.write(']');
    await expect(atomic.commit()).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
