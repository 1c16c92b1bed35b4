import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ensureBuilt, removeTree, ROOT, runCli, tempTree } from './helpers.js';

/** The command line in-process (no Node start-up): for the variations; the README's own command runs the built bin. */
async function runMain(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd, env: { NO_COLOR: '1' } });
  return { code, stdout, stderr };
}

// The README's configuration example must work exactly as shown: its files are taken from the
// README's ```lang file=… blocks and its output from the ```text output=… block.
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const files = Object.fromEntries([...readme.matchAll(/^```\w+ file=(\S+)\n([\s\S]*?)^```$/gm)].map((m) => [m[1], m[2]]));
const output = /^```text output=(.+)\n([\s\S]*?)^```$/m.exec(readme);

// The stylish table pads columns to the longest message; the README is shown unpadded.
const squeeze = (text: string) => text.replace(/ {2,}/g, '  ').trim();

describe('README example: an override for news/** and a local plugin rule', () => {
  let dir: string;
  beforeAll(() => {
    ensureBuilt();
    dir = tempTree(files);
  }, 180_000);
  afterAll(() => removeTree(dir));

  it('the README gives the four files and the command with its output', () => {
    expect(Object.keys(files).sort()).toEqual(['news/report.md', 'plans/plan.md', 'policylint.config.yaml', 'rules/house.mjs']);
    expect(output?.[1]).toBe('npx policylint . --locale en');
  });

  it('prints what the README shows and exits 0 (warnings only)', () => {
    const args = output![1].replace(/^npx policylint /, '').split(' ');
    const run = runCli(args, dir, { NO_COLOR: '1' });
    expect(run.stderr).toBe('');
    expect(squeeze(run.stdout)).toBe(squeeze(output![2]));
    expect(run.code).toBe(0);
  });

  it('without the override the news report is flagged too', async () => {
    const config = files['policylint.config.yaml'].replace(/overrides:[\s\S]*$/, '');
    const other = tempTree({ ...files, 'policylint.config.yaml': config });
    try {
      const run = await runMain(['.', '--format', 'json'], other);
      const flagged = (JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string }[] }[])
        .filter((r) => r.messages.some((m) => m.ruleId === 'catalogue-unknown-item'))
        .map((r) => path.relative(other, r.filePath));
      expect(flagged.sort()).toEqual(['news/report.md', 'plans/plan.md']);
    } finally {
      removeTree(other);
    }
  });

  it('the config errors the README quotes are the ones given', async () => {
    const quoted = /```text\n(policylint\.config\.yaml: rules[\s\S]*?)```/.exec(readme)![1].trim().split('\n');
    for (const line of quoted) {
      const id = /rules\["([^"]+)"\]/.exec(line)![1];
      const value = /found "([^"]+)"/.exec(line)?.[1] ?? 'warn';
      const broken = tempTree({ 'policylint.config.yaml': `root: true\nrules:\n  ${id}: ${value}\n`, 'a.md': '# 通知\n\n请按时报送。\n' });
      try {
        const run = await runMain(['a.md', '--locale', 'en'], broken);
        expect(run.code).toBe(2);
        expect(run.stderr.trim()).toBe(line);
      } finally {
        removeTree(broken);
      }
    }
  });
});
