import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/files/write.js';

describe('writeFileAtomic', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates and replaces a file, leaving no temp file', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'policylint-write-'));
    const file = path.join(dir, '报告.sarif');
    await writeFileAtomic(file, '一');
    await writeFileAtomic(file, new TextEncoder().encode('二'));
    expect(readFileSync(file, 'utf8')).toBe('二');
    expect(readdirSync(dir)).toEqual(['报告.sarif']);
  });

  it('fails without touching the target and removes its temp file', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'policylint-write-'));
    // A non-empty directory cannot be replaced by a file: the rename fails after the temp file was written.
    const target = path.join(dir, 'report.html');
    mkdirSync(target);
    writeFileSync(path.join(target, 'keep'), 'x');
    await expect(writeFileAtomic(target, 'new')).rejects.toMatchObject({ code: expect.stringMatching(/^E/) });
    expect(readdirSync(dir)).toEqual(['report.html']);
    expect(readdirSync(target)).toEqual(['keep']);
  });

  it('rejects when the folder does not exist', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'policylint-write-'));
    await expect(writeFileAtomic(path.join(dir, 'missing', 'r.xml'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
