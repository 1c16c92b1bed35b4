import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.mjs';
import { ensureBuilt, removeTree, runCli, tempTree } from './helpers.js';

beforeAll(() => ensureBuilt(), 180_000);

const dirs: string[] = [];
afterAll(() => {
  while (dirs.length) removeTree(dirs.pop()!);
});

interface Result {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; message: string }[];
  errorCount: number;
  warningCount: number;
  stats?: { phases: Record<string, number>; rules: Record<string, number> };
}

const parse = (stdout: string) => JSON.parse(stdout) as Result[];
const withoutStats = (results: Result[]) => results.map(({ stats: _s, ...r }) => r);

/** A few hundred small generated drafts: enough for auto workers, small enough for a fast test. */
function corpus(count: number): string {
  const dir = tempTree({});
  dirs.push(dir);
  generateCorpus({ dir: path.join(dir, 'docs'), count, seed: 7, minBytes: 500, maxBytes: 1500 });
  return dir;
}

describe('workers', () => {
  it('gives the same results in the same order on worker threads as on the main thread', () => {
    const dir = corpus(120);
    const single = runCli(['--format', 'json', '--concurrency', 'off', 'docs'], dir);
    // The main thread and two workers share the queue.
    const threaded = runCli(['--format', 'json', '--concurrency', '3', 'docs'], dir);
    expect(single.code).toBe(1);
    const results = parse(single.stdout);
    expect(results).toHaveLength(120);
    expect(results.reduce((n, r) => n + r.messages.length, 0)).toBeGreaterThan(20);
    expect(threaded.stdout).toBe(single.stdout);
    expect(threaded.code).toBe(single.code);
  });

  it('writes a JSON report file while linting on threads, the same as the report on stdout', () => {
    const dir = corpus(60);
    const single = runCli(['--format', 'json', '--concurrency', 'off', 'docs'], dir);
    const threaded = runCli(['--format', 'json', '-o', 'out/report.json', '--concurrency', '2', 'docs'], dir);
    expect(threaded.code).toBe(single.code);
    expect(threaded.stdout).toBe('');
    expect(readFileSync(path.join(dir, 'out/report.json'), 'utf8')).toBe(single.stdout);
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['report.json']);
  });

  it('leaves a linted file and a blocked path alone when a JSON report written while linting is aimed at them', () => {
    const dir = corpus(6);
    const first = path.join('docs', readdirSync(path.join(dir, 'docs'), { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort()[0]);
    const before = readFileSync(path.join(dir, first), 'utf8');
    const over = runCli(['--format', `json:${first}`, '--locale', 'en', 'docs'], dir);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain(`not writing the json report to ${first}: that is one of the linted files`);
    expect(readFileSync(path.join(dir, first), 'utf8')).toBe(before);
    expect(readdirSync(path.dirname(path.join(dir, first))).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    writeFileSync(path.join(dir, 'blocker'), 'a file, not a folder');
    const blocked = runCli(['--format', 'json:blocker/report.json', 'docs'], dir);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toMatch(/无法把 json 报告写入 blocker\/report\.json：E\w+；请确认目录存在且可写/);
  });

  it('rejects a concurrency that is not auto, off or a positive count (exit 2)', () => {
    const dir = corpus(1);
    const r = runCli(['--concurrency', '0', 'docs'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--concurrency');
  });
});

describe('report data (sentence contexts, document summaries)', () => {
  const phasesOf = (stdout: string) => parse(stdout).map((r) => Object.keys(r.stats?.phases ?? {}));
  it('is computed only when the HTML report is asked for, the same on threads, and the cache keeps lean and full results apart', () => {
    const dir = corpus(60);
    const lean = runCli(['--format', 'json', '--stats', '--concurrency', 'off', 'docs'], dir);
    const full = runCli(['--format', 'json', '--format', 'html:full.html', '--stats', '--concurrency', 'off', 'docs'], dir);
    expect(phasesOf(lean.stdout).every((p) => p.includes('parse') && !p.includes('lint:contexts') && !p.includes('lint:summary'))).toBe(true);
    expect(phasesOf(full.stdout).every((p) => p.includes('lint:contexts') && p.includes('lint:summary'))).toBe(true);
    expect(withoutStats(parse(lean.stdout))).toEqual(withoutStats(parse(full.stdout)));
    const html = readFileSync(path.join(dir, 'full.html'), 'utf8');
    expect(html).toContain('<blockquote class="context">');

    runCli(['--format', 'html:threaded.html', '--concurrency', '2', 'docs'], dir);
    expect(readFileSync(path.join(dir, 'threaded.html'), 'utf8')).toBe(html);
    // A cache filled by a lean run must not serve the HTML report results without contexts.
    runCli(['--format', 'json', '--cache', 'docs'], dir);
    runCli(['--format', 'html:cached.html', '--cache', 'docs'], dir);
    expect(readFileSync(path.join(dir, 'cached.html'), 'utf8')).toBe(html);
  });
});

describe('cache', () => {
  it('reuses results of unchanged files, cold and warm equal to a plain run', () => {
    const dir = corpus(40);
    const plain = runCli(['--format', 'json', 'docs'], dir);
    const cold = runCli(['--format', 'json', '--cache', '--stats', 'docs'], dir);
    const warm = runCli(['--format', 'json', '--cache', '--stats', 'docs'], dir);
    expect(withoutStats(parse(cold.stdout))).toEqual(parse(plain.stdout));
    expect(withoutStats(parse(warm.stdout))).toEqual(parse(plain.stdout));
    // Every file was linted on the cold run (it has timings) and none on the warm run.
    expect(parse(cold.stdout).every((r) => r.stats?.phases.parse !== undefined)).toBe(true);
    expect(parse(warm.stdout).some((r) => r.stats)).toBe(false);
    expect(warm.code).toBe(plain.code);
    expect(readFileSync(path.join(dir, '.policylintcache'), 'utf8')).toContain('"files"');
  });

  it('re-lints an edited file, and only that one', () => {
    const dir = corpus(20);
    runCli(['--cache', 'docs'], dir);
    const victim = path.join(dir, 'docs/batch-000/doc-00003.md');
    writeFileSync(victim, readFileSync(victim, 'utf8').replace('重点发展', '重点发展脑机接口、'));
    const warm = parse(runCli(['--format', 'json', '--cache', '--stats', 'docs'], dir).stdout);
    expect(warm.filter((r) => r.stats).map((r) => path.basename(r.filePath))).toEqual(['doc-00003.md']);
    const plain = parse(runCli(['--format', 'json', 'docs'], dir).stdout);
    expect(withoutStats(warm)).toEqual(plain);
  });

  it('a changed catalogue invalidates exactly the files whose configuration uses it', () => {
    const catalogue = readFileSync(path.join(import.meta.dirname, '../fixtures/scale/wuxi.yaml'), 'utf8');
    const doc = '---\ntitle: 梁溪区未来产业培育工作方案\nregion: 无锡市梁溪区\nprovince: 江苏省\nlevel: district\n---\n\n# 梁溪区未来产业培育工作方案\n\n重点发展通用人工智能、量子科技、深海装备、脑机接口等未来产业。\n';
    const dir = tempTree({
      'city/policylint.config.json': JSON.stringify({ catalogues: ['../wuxi.yaml'] }),
      'wuxi.yaml': catalogue,
      'city/a.md': doc,
      'city/b.md': doc.replace('脑机接口', '类脑智能'),
      'other/c.md': doc,
    });
    dirs.push(dir);
    const cold = parse(runCli(['--format', 'json', '--cache', '.'], dir).stdout);
    writeFileSync(path.join(dir, 'wuxi.yaml'), catalogue.replace('{ name: 深海装备', '{ name: 脑机接口, aliases: [], verified: false }\n      - { name: 深海装备'));
    const warm = parse(runCli(['--format', 'json', '--cache', '--stats', '.'], dir).stdout);
    expect(warm.filter((r) => r.stats).map((r) => path.relative(dir, r.filePath))).toEqual(['city/a.md', 'city/b.md']);
    // The new item is now known to the city documents, and the result reflects it.
    const unknownIn = (rs: Result[], file: string) => rs.find((r) => r.filePath.endsWith(file))!.messages.filter((m) => m.message.includes('脑机接口')).length;
    expect(unknownIn(cold, 'a.md')).toBeGreaterThan(0);
    expect(unknownIn(warm, 'a.md')).toBe(0);
    expect(withoutStats(warm)).toEqual(parse(runCli(['--format', 'json', '.'], dir).stdout));
  });

  it('a changed rule setting invalidates the cache', () => {
    const dir = corpus(5);
    runCli(['--cache', 'docs'], dir);
    writeFileSync(path.join(dir, 'policylint.config.json'), JSON.stringify({ rules: { 'catalogue-unknown-item': 'off' } }));
    const warm = parse(runCli(['--format', 'json', '--cache', '--stats', 'docs'], dir).stdout);
    expect(warm.every((r) => r.stats)).toBe(true);
    expect(warm.flatMap((r) => r.messages).some((m) => m.ruleId === 'catalogue-unknown-item')).toBe(false);
  });

  it('ignores a corrupt cache file with a warning, and rewrites it', () => {
    const dir = corpus(5);
    const plain = runCli(['--format', 'json', 'docs'], dir);
    writeFileSync(path.join(dir, 'my-cache'), '{"format":1,"files":{"x":');
    const r = runCli(['--format', 'json', '--cache-location', 'my-cache', 'docs'], dir);
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr).toContain('my-cache');
    expect(r.stderr).toContain('缓存文件已损坏');
    expect(() => JSON.parse(readFileSync(path.join(dir, 'my-cache'), 'utf8'))).not.toThrow();
    const en = runCli(['--format', 'json', '--cache-location', 'my-cache', '--locale', 'en', 'docs'], dir);
    expect(en.stderr).toBe('');
  });
});

describe('shards and merge-reports', () => {
  it('splits the files into disjoint shards whose merged report equals a single run', () => {
    const dir = corpus(24);
    const plain = runCli(['--format', 'json', 'docs'], dir);
    const names: string[] = [];
    const seen = new Set<string>();
    for (let k = 1; k <= 3; k++) {
      const r = runCli(['--format', 'json', '--shard', `${k}/3`, 'docs'], dir);
      const results = parse(r.stdout);
      expect(results.length).toBeGreaterThan(5);
      for (const x of results) {
        expect(seen.has(x.filePath)).toBe(false);
        seen.add(x.filePath);
      }
      writeFileSync(path.join(dir, `shard-${k}.json`), r.stdout);
      names.push(`shard-${k}.json`);
    }
    expect(seen.size).toBe(24);
    const merged = runCli(['merge-reports', ...names.reverse(), '--format', 'json'], dir);
    expect(merged.stdout).toBe(plain.stdout);
    expect(merged.code).toBe(plain.code);
    const stylishMerged = runCli(['merge-reports', ...names, '--no-color'], dir);
    const stylishPlain = runCli(['docs', '--no-color'], dir);
    expect(stylishMerged.stdout).toBe(stylishPlain.stdout);
  });

  it('reports a file that is not a report, and a bad --shard, with exit 2', () => {
    const dir = tempTree({ 'a.json': '[]', 'b.json': '{"oops": 1}', 'c.md': '# 标题\n' });
    dirs.push(dir);
    const r = runCli(['merge-reports', 'a.json', 'b.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('b.json');
    const s = runCli(['--shard', '4/3', 'c.md', '--locale', 'en'], dir);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('--shard must be k/n');
  });
});

describe('--changed-since', () => {
  const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });

  it('lints committed, unstaged and untracked changes since a ref, and everything when the config changed', () => {
    const dir = corpus(6);
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');
    git(dir, 'tag', 'base');
    const file = (i: number) => path.join(dir, `docs/batch-000/doc-0000${i}.md`);
    writeFileSync(file(1), `${readFileSync(file(1), 'utf8')}\n补充一段。\n`);
    git(dir, 'commit', '-qam', 'edit one');
    writeFileSync(file(2), `${readFileSync(file(2), 'utf8')}\n补充一段。\n`);
    writeFileSync(path.join(dir, 'docs/new.md'), '# 新文件\n\n到2027年，建成10个示范基地。\n');
    const r = runCli(['--format', 'json', '--changed-since', 'base', 'docs'], dir);
    expect(parse(r.stdout).map((x) => path.relative(dir, x.filePath))).toEqual(['docs/batch-000/doc-00001.md', 'docs/batch-000/doc-00002.md', 'docs/new.md']);
    writeFileSync(path.join(dir, 'policylint.config.json'), '{}');
    const all = runCli(['--format', 'json', '--changed-since', 'base', 'docs'], dir);
    expect(parse(all.stdout)).toHaveLength(7);
  });

  it('exits 2 with a clear message outside a repository or for an unknown ref', () => {
    const dir = corpus(1);
    const outside = runCli(['--changed-since', 'main', 'docs', '--locale', 'en'], dir);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('--changed-since needs a git repository');
    git(dir, 'init', '-q');
    const badRef = runCli(['--changed-since', 'no-such-branch', 'docs'], dir);
    expect(badRef.code).toBe(2);
    expect(badRef.stderr).toContain('找不到提交“no-such-branch”');
  });
});

describe('--stats', () => {
  it('prints a table of phases and rules on stderr, leaving stdout to the report', () => {
    const dir = corpus(3);
    const plain = runCli(['docs', '--no-color', '--locale', 'en'], dir);
    const r = runCli(['docs', '--stats', '--no-color', '--locale', 'en'], dir);
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr).toMatch(/^Phase \/ rule +\| Time \(ms\) \| Relative$/m);
    expect(r.stderr).toMatch(/^parse +\| +\d+\.\d \| +\d+\.\d%$/m);
    expect(r.stderr).toMatch(/^model:enumerations +\|/m);
    expect(r.stderr).toMatch(/^rule:list-count-mismatch +\|/m);
    expect(r.stderr).toContain('3 files');
  });
});

describe('workers with a plugin, an override and directives', () => {
  it('rebuild the whole configuration in each thread: same findings as the main thread', () => {
    const dir = corpus(90);
    const plugin = path.resolve('examples/plugin/index.mjs').split(path.sep).join('/');
    writeFileSync(
      path.join(dir, 'policylint.config.yaml'),
      [
        'root: true',
        'extends: [policylint:recommended]',
        `plugins: { house: "${plugin}" }`,
        // A house list that disagrees with the drafts' citation, so the plugin rule reports in every file.
        'rules:',
        '  house/cited-doc-number: [error, { documents: [{ title: 关于加快培育发展未来产业的指导意见, docNumber: 苏政发〔2023〕105号 }] }]',
        'overrides:',
        '  - files: ["docs/**/*1.md"]',
        '    rules: { list-count-mismatch: off }',
        '',
      ].join('\n'),
    );
    const first = path.join(dir, 'docs', readdirSync(path.join(dir, 'docs'), { recursive: true }).map(String).find((f) => f.endsWith('.md'))!);
    writeFileSync(first, `<!-- policylint-disable-file -->\n${readFileSync(first, 'utf8')}`);
    const single = runCli(['--format', 'json', '--concurrency', 'off', 'docs'], dir);
    const threaded = runCli(['--format', 'json', '--concurrency', '2', 'docs'], dir);
    const results = parse(single.stdout);
    expect(results.some((r) => r.messages.some((m) => m.ruleId === 'house/cited-doc-number'))).toBe(true);
    expect(results.find((r) => r.filePath === first)?.messages).toEqual([]);
    expect(threaded.stdout).toBe(single.stdout);
  });
});
