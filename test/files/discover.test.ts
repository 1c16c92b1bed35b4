import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/files/discover.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'policylint-discover-'));
  for (const f of ['b.md', 'a.md', 'sub/c.md', 'sub/z.txt', 'node_modules/m.md', 'sub/node_modules/n.md', '.git/g.md', '.drafts/d.md', 'Z.md']) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), '# x\n');
  }
  mkdirSync(path.join(dir, 'folder.md'));
  writeFileSync(path.join(dir, 'folder.md', 'inner.md'), '# x\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rel = (files: string[]) => files.map((f) => path.relative(dir, f));

describe('discoverFiles', () => {
  it('expands a directory to its **/*.md, skipping node_modules and .git, sorted by code unit', async () => {
    const d = await discoverFiles(['.'], dir);
    expect(rel(d.files)).toEqual(['.drafts/d.md', 'Z.md', 'a.md', 'b.md', 'folder.md', 'folder.md/inner.md', 'sub/c.md']);
    expect(d.unmatched).toEqual([]);
    expect(d.matches[0].kind).toBe('directory');
  });

  it('keeps a directory named like a Markdown file, so reading it fails visibly', async () => {
    const d = await discoverFiles(['.'], dir);
    expect(rel(d.files)).toContain('folder.md');
  });

  it('takes an explicit file whatever its extension and remembers it was explicit', async () => {
    const d = await discoverFiles(['sub/z.txt', 'a.md'], dir);
    expect(rel(d.files)).toEqual(['a.md', 'sub/z.txt']);
    expect(d.explicit.has(path.join(dir, 'sub/z.txt'))).toBe(true);
  });

  it('expands globs relative to cwd and deduplicates overlapping patterns', async () => {
    const d = await discoverFiles(['sub/*', '**/c.md', 'sub'], dir);
    expect(rel(d.files)).toEqual(['sub/c.md', 'sub/z.txt']);
  });

  it('accepts absolute paths and patterns', async () => {
    const d = await discoverFiles([path.join(dir, 'sub'), path.join(dir, 'b.md')], '/');
    expect(rel(d.files)).toEqual(['b.md', 'sub/c.md']);
  });

  it('lists patterns that matched nothing', async () => {
    const d = await discoverFiles(['missing.md', 'nothing/**/*.md', 'a.md'], dir);
    expect(d.unmatched).toEqual(['missing.md', 'nothing/**/*.md']);
    expect(rel(d.files)).toEqual(['a.md']);
  });
});
