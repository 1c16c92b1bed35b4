import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintFiles, toEslintResults } from '../../src/index.js';
import { builtinRules } from '../../rules/index.js';
import { ensureBuilt, ROOT, runCli } from './helpers.js';

beforeAll(() => ensureBuilt(), 180_000);

const TEXTS = [
  'examples/suzhou-news-report.md',
  'examples/xuzhou-interpretation.md',
  'test/fixtures/real/beijing-jzbf-2025-14.txt',
  'test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt',
];

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

describe('the examples end to end', () => {
  it('reports the 2013 date of the provincial guidance in the Xuzhou interpretation (the flagship finding)', () => {
    const r = runCli(['examples/'], ROOT);
    expect(r.code).toBe(1);
    const source = readFileSync(path.join(ROOT, 'examples/xuzhou-interpretation.md'), 'utf8');
    const { line, column } = lineColumn(source, source.indexOf('2013年11月'));
    const row = r.stdout.split('\n').find((l) => l.includes('date-reference-mismatch'));
    expect(row).toBeDefined();
    expect(row).toMatch(new RegExp(`^\\s+${line}:${column}\\s+error\\s+.*2023年11月.*「2013年11月」.*date-reference-mismatch$`));
    // The file header above it is the Xuzhou interpretation.
    const lines = r.stdout.split('\n');
    const header = lines.slice(0, lines.indexOf(row!)).reverse().find((l) => !l.startsWith(' '));
    expect(header).toBe('examples/xuzhou-interpretation.md');

    const en = runCli(['--locale', 'en', '--format', 'json', 'examples/'], ROOT);
    const xuzhou = (JSON.parse(en.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number; message: string; suggestions?: { fix: { text: string } }[] }[] }[]).find((x) =>
      x.filePath.endsWith('xuzhou-interpretation.md'),
    )!;
    const finding = xuzhou.messages.find((m) => m.ruleId === 'date-reference-mismatch')!;
    expect(finding).toMatchObject({ line, column, message: expect.stringContaining('2023') });
    expect(finding.suggestions?.[0].fix.text).toBe('2023年11月');
  });

  it('gives through the bin exactly what the library API gives, on both examples and both real texts', async () => {
    // The API runs the sources, the bin runs dist: rebuild if a source changed since beforeAll.
    ensureBuilt();
    const r = runCli(['--format', 'json', ...TEXTS], ROOT);
    const viaBin = JSON.parse(r.stdout) as unknown[];
    const viaApi = toEslintResults(await lintFiles(TEXTS, { cwd: ROOT }), { cwd: ROOT });
    expect(viaBin).toEqual(JSON.parse(JSON.stringify(viaApi)));
    expect(viaApi.map((x) => path.relative(ROOT, x.filePath))).toEqual([...TEXTS].sort());
    expect(r.code).toBe(viaApi.some((x) => x.errorCount > 0) ? 1 : 0);
  });

  it('finds nothing fatal and only real rules, at positions inside each text', async () => {
    const results = await lintFiles(TEXTS, { cwd: ROOT, includeInfo: true });
    const ids = new Set(builtinRules.map((rule) => rule.meta.id));
    for (const result of results) {
      expect(result.encoding).toBe('utf-8');
      const lines = readFileSync(result.filePath, 'utf8').split('\n');
      for (const f of result.findings) {
        expect(f.fatal, `${result.filePath}: ${f.message}`).toBeFalsy();
        expect(ids.has(f.ruleId!)).toBe(true);
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.line).toBeLessThanOrEqual(lines.length);
        expect(f.column).toBeLessThanOrEqual(lines[f.line - 1].length + 1);
      }
      // The front matter of the examples is valid; the real texts have none.
      expect(result.findings.filter((f) => f.ruleId === 'structure-front-matter')).toEqual([]);
    }
  });
});

describe('the README’s first command', () => {
  it('runs the built bin through npx, as an executable, and reports the examples with exit code 1', () => {
    const r = spawnSync('npx', ['--no-install', 'policylint', 'examples/'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).not.toContain('Permission denied');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('date-reference-mismatch');
    expect(r.stdout).toContain('✖ 共 5 个问题（2 个错误，3 个警告）');
  });
});
