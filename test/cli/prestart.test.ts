import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/files/discover.js';
import { prestart, prestartedDiscovery } from '../../src/cli/prestart.js';
import { BIN, ensureBuilt, removeTree, runCli, tempTree } from './helpers.js';

const DRAFT = '# 关于推进未来产业发展的通知\n\n到2027年，全市未来产业产值达到500亿元。\n';

const dirs: string[] = [];
afterAll(() => {
  while (dirs.length) removeTree(dirs.pop()!);
});

function drafts(count: number, extra: Record<string, string> = {}): string {
  const files: Record<string, string> = { ...extra };
  for (let i = 0; i < count; i++) files[`docs/d${String(i).padStart(2, '0')}.md`] = DRAFT;
  const dir = tempTree(files);
  dirs.push(dir);
  return dir;
}

describe('prestart: what bin.ts finds before the linter loads', () => {
  it('finds the files of a plain lint exactly as the run would, on one thread below the auto threshold', async () => {
    const dir = drafts(3, { 'notes.txt': 'x' });
    const found = await prestart(['--format', 'json', 'docs'], dir);
    expect(found?.patterns).toEqual(['docs']);
    expect(found?.discovery.files).toEqual((await discoverFiles(['docs'], dir)).files);
    expect(found?.discovery.files).toHaveLength(3);
    expect(found?.threads).toBe(1);
  });

  it('lints the current directory when no file is named, and counts threads as --concurrency asks', async () => {
    const dir = drafts(3);
    const found = await prestart(['--concurrency', '2'], dir);
    expect(found?.patterns).toEqual(['.']);
    expect(found?.discovery.files).toHaveLength(3);
    expect(found?.threads).toBe(2);
    expect((await prestart(['--concurrency', 'off'], dir))?.threads).toBe(1);
  });

  it('leaves everything that is not a plain lint of all the files found to the full parse', async () => {
    const dir = drafts(2);
    for (const argv of [
      ['--stdin'],
      ['--fix', 'docs'],
      ['--fix-dry-run', 'docs'],
      ['--cache', 'docs'],
      ['--shard', '1/2', 'docs'],
      ['--changed-since', 'HEAD', 'docs'],
      ['inspect', 'docs/d00.md'],
      ['merge-reports', 'a.json'],
      ['--help'],
      ['--version'],
      ['--list-rules'],
      ['--init'],
      ['--no-such-option', 'docs'],
      ['--concurrency', 'zero', 'docs'],
    ]) {
      expect(await prestart(argv, dir), argv.join(' ')).toBeUndefined();
    }
  });

  it('hands its discovery only to a run of the same patterns in the same directory', async () => {
    const dir = drafts(2);
    const found = await prestart([], dir);
    expect(prestartedDiscovery(found, [], dir)).toBe(found?.discovery);
    expect(prestartedDiscovery(found, ['.'], dir)).toBe(found?.discovery);
    expect(prestartedDiscovery(found, ['docs'], dir)).toBeUndefined();
    expect(prestartedDiscovery(found, [], path.join(dir, 'docs'))).toBeUndefined();
    expect(prestartedDiscovery(undefined, [], dir)).toBeUndefined();
  });
});

describe('prestarted workers in the CLI', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  /** The built CLI, stopped after a minute: workers left running would keep it alive. */
  const run = (args: string[], cwd: string) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
    return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
  };

  it('exits once a run that needed fewer threads than expected has released them, with the same report', () => {
    const dir = drafts(2);
    // Two files found: a worker starts; the ignore pattern leaves one file, linted on the main thread.
    const args = ['--format', 'json', '--ignore-pattern', 'docs/d01.md', 'docs'];
    const threaded = run([...args, '--concurrency', '2'], dir);
    const single = runCli([...args, '--concurrency', 'off'], dir);
    expect(threaded.signal).toBeNull();
    expect(JSON.parse(threaded.stdout)).toHaveLength(1);
    expect(threaded.stdout).toBe(single.stdout);
    expect(threaded.code).toBe(single.code);
  });

  it('exits with the usage error when the full parse rejects what the prestart let through', () => {
    const dir = drafts(2);
    const r = run(['--concurrency', '2', '--max-warnings', 'many', 'docs'], dir);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-warnings');
  });

  it('exits with the configuration error of a run that stopped before linting', () => {
    const dir = drafts(2);
    const r = run(['--concurrency', '2', '--config', 'missing.yml', 'docs'], dir);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.yml');
  });
});
