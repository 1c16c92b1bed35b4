import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/helpers.js';

const EXT = path.join(ROOT, 'editors/vscode');
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;

// The extension is not built or installed by the root tests; these checks keep its manifest usable.
describe('editors/vscode', () => {
  const manifest = read(path.join(EXT, 'package.json'));

  it('activates for Markdown and names an entry point that parses', () => {
    expect(manifest.activationEvents).toContain('onLanguage:markdown');
    const main = path.join(EXT, manifest.main);
    expect(existsSync(main)).toBe(true);
    expect(spawnSync(process.execPath, ['--check', main]).status).toBe(0);
    // It starts the server the root package builds.
    expect(readFileSync(main, 'utf8')).toContain("path.join('dist', 'src', 'lsp', 'bin.js')");
  });

  it('lists vscode-languageclient itself, and the root package does not', () => {
    expect(manifest.dependencies).toHaveProperty('vscode-languageclient');
    const root = read(path.join(ROOT, 'package.json'));
    expect({ ...root.dependencies, ...root.devDependencies }).not.toHaveProperty('vscode-languageclient');
    expect(root.bin['policylint-lsp']).toBe('dist/src/lsp/bin.js');
  });

  it('documents every setting it reads', () => {
    const settings = Object.keys(manifest.contributes.configuration.properties).map((k) => k.replace(/^policylint\./, ''));
    const used = [...readFileSync(path.join(EXT, manifest.main), 'utf8').matchAll(/settings\.get\('([^']+)'\)/g)].map((m) => m[1]);
    expect(new Set(used)).toEqual(new Set(settings));
  });
});
