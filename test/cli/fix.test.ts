import { describe, it, expect, beforeAll, afterEach } from 'vitest';
import { chmodSync, readFileSync, statSync, utimesSync, readdirSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { ensureBuilt, runCli, tempTree, removeTree, ROOT, CLEAN } from './helpers.js';
import { decodeBuffer } from '../../src/files/read.js';

const PLANTED = readFileSync(path.join(ROOT, 'test/fixtures/fix/planted.md'), 'utf8');
const MINE = /^(?:reference-|date-(?:signing-numerals|zero-padded|two-digit-year|weekday|range-dash))/;
// The rules whose findings need a human (no fix, no suggestion): they stay after --fix.
const MANUAL = ['reference-cite-consistency', 'reference-cite-without-title'];

interface JsonResult {
  filePath: string;
  output?: string;
  errorCount: number;
  messages: { ruleId: string | null; line: number; column: number; fix?: { range: [number, number]; text: string }; suggestions?: { fix: { range: [number, number]; text: string } }[]; message: string; fatal?: boolean }[];
}

const json = (stdout: string) => JSON.parse(stdout) as JsonResult[];

/** The lines that differ between two texts of the same line count. */
function changedLines(a: string, b: string): { before: string; after: string }[] {
  const la = a.split('\n');
  const lb = b.split('\n');
  expect(lb.length).toBe(la.length);
  return la.flatMap((line, i) => (line === lb[i] ? [] : [{ before: line, after: lb[i] }]));
}

let dirs: string[] = [];
const tree = (files: Record<string, string | Uint8Array>) => {
  const d = tempTree(files);
  dirs.push(d);
  return d;
};
beforeAll(() => ensureBuilt(), 180_000);
afterEach(() => {
  for (const d of dirs) removeTree(d);
  dirs = [];
});

describe('policylint --fix on a 公文 sample with one of each reference and date error', () => {
  it('fixes every fixable finding, touches only the flagged spans, and leaves only what needs a human', () => {
    const dir = tree({ 'planted.md': PLANTED });
    const before = json(runCli(['--format', 'json', 'planted.md'], dir).stdout)[0].messages.filter((m) => MINE.test(m.ruleId ?? ''));
    const fixable = before.filter((m) => m.fix);
    expect(new Set(before.map((m) => m.ruleId)).size).toBe(12);

    const run = runCli(['--fix', '--fix-suggestions', 'reference-docnum-year', '--fix-suggestions', 'date-two-digit-year', '--format', 'json', 'planted.md'], dir);
    const after = readFileSync(path.join(dir, 'planted.md'), 'utf8');
    const [result] = json(run.stdout);
    expect(result.output).toBe(after);
    // Only the two findings no machine can settle remain, so the exit code is that of warnings + the consistency error.
    expect(result.messages.filter((m) => MINE.test(m.ruleId ?? '')).map((m) => m.ruleId).sort()).toEqual(MANUAL);
    expect(run.code).toBe(1);

    // Every changed character lies inside a span a finding pointed at (fix or suggestion), in the original text.
    const spans = [...fixable.map((m) => m.fix!.range), ...before.flatMap((m) => (m.suggestions ?? []).map((s) => s.fix.range))];
    let i = 0;
    let j = 0;
    // Walk both texts; outside the spans they must agree character for character.
    const sorted = [...spans].sort((a, b) => a[0] - b[0]);
    for (const [s, e] of sorted) {
      expect(after.slice(j, j + (s - i))).toBe(PLANTED.slice(i, s));
      j += s - i;
      const replacement = [...fixable, ...before].flatMap((m) => [m.fix, ...(m.suggestions ?? []).map((x) => x.fix)]).find((f) => f && f.range[0] === s && f.range[1] === e)!;
      expect(after.slice(j, j + replacement.text.length)).toBe(replacement.text);
      j += replacement.text.length;
      i = e;
    }
    expect(after.slice(j)).toBe(PLANTED.slice(i));

    expect(changedLines(PLANTED, after).map((c) => c.after)).toEqual([
      '徐政办发〔2024〕2号',
      '根据《国务院关于印发〈“十四五”数字经济发展规划〉的通知》（国发〔2021〕29号）和《江苏省人民政府关于印发〈江苏省“十四五”制造业高质量发展规划〉的通知》（苏政发〔2021〕80号），按照苏政发〔2023〕104号文件要求，结合我市实际，制定本方案。现将《徐州市未来产业培育行动方案（2024-2026年）》印发给你们，请认真贯彻落实。',
      '本方案实施期为2024—2026年。各地区于2024年3月底前报送工作方案，全市推进会定于2024年3月5日（星期二）召开。',
      expect.stringContaining('（苏政办发〔2022〕5号）同时适用。'),
      '2024年1月8日',
    ]);
  });

  it('--fix-dry-run writes nothing, and puts the fixed text in the JSON output', () => {
    const dir = tree({ 'planted.md': PLANTED });
    const file = path.join(dir, 'planted.md');
    utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const mtime = statSync(file).mtimeMs;
    const run = runCli(['--fix-dry-run', '--format', 'json', 'planted.md'], dir);
    const [result] = json(run.stdout);
    expect(readFileSync(file, 'utf8')).toBe(PLANTED);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(result.output).toContain('徐政办发〔2024〕2号');
    expect(result.output).toContain('2024年1月8日');
    // Suggestions are never applied without being asked for.
    expect(result.output).toContain('24年3月底');
    expect(result.messages.some((m) => m.ruleId === 'date-two-digit-year' && m.suggestions?.[0].fix.text === '2024')).toBe(true);
    expect(readdirSync(dir)).toEqual(['planted.md']);
  });

  it('stylish --fix-dry-run reports what would remain, and never prints or writes the text', () => {
    const dir = tree({ 'planted.md': PLANTED });
    const run = runCli(['--fix-dry-run', '--no-color', 'planted.md'], dir);
    expect(run.stdout).toContain('reference-cite-without-title');
    expect(run.stdout).not.toContain('reference-docnum-bracket');
    expect(run.stdout).not.toContain('徐政办发〔2024〕2号\n');
    expect(readFileSync(path.join(dir, 'planted.md'), 'utf8')).toBe(PLANTED);
  });

  it('--fix-type limits the categories fixed', () => {
    const dir = tree({ 'planted.md': PLANTED });
    const run = runCli(['--fix-dry-run', '--fix-type', 'date', '--format', 'json', 'planted.md'], dir);
    const [result] = json(run.stdout);
    expect(result.output).toContain('2024—2026年');
    expect(result.output).toContain('国发[2021]29号');
    expect(result.messages.map((m) => m.ruleId)).toContain('reference-docnum-bracket');
    expect(result.messages.map((m) => m.ruleId)).not.toContain('date-range-dash');
  });

  it('changes nothing in the bundled examples (--fix-dry-run over examples/)', () => {
    const run = runCli(['--fix-dry-run', '--format', 'json', 'examples/'], ROOT);
    const results = json(run.stdout);
    expect(results.map((r) => path.basename(r.filePath)).sort()).toEqual(['suzhou-news-report.md', 'xuzhou-interpretation.md']);
    for (const r of results) expect(r.output, r.filePath).toBeUndefined();
    expect(results.reduce((n, r) => n + r.messages.length, 0)).toBe(5);
    expect(run.code).toBe(1);
  });

  it('leaves a file with nothing to fix untouched (same bytes, same mtime) and exits 0', () => {
    const dir = tree({ 'clean.md': CLEAN });
    const file = path.join(dir, 'clean.md');
    utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const mtime = statSync(file).mtimeMs;
    const run = runCli(['--fix', 'clean.md'], dir);
    expect(run.code).toBe(0);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(readFileSync(file, 'utf8')).toBe(CLEAN);
  });

  it('keeps the encoding, the BOM, CRLF line endings and the file mode', () => {
    const crlf = PLANTED.replace(/\n/g, '\r\n');
    const gbk = iconv.encode(crlf, 'gb18030');
    const utf8bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf, 'utf8')]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(PLANTED, 'utf-16le')]);
    const dir = tree({ 'gbk.md': gbk, 'bom.md': utf8bom, 'utf16.md': utf16 });
    chmodSync(path.join(dir, 'gbk.md'), 0o640);
    const run = runCli(['--fix', 'gbk.md', 'bom.md', 'utf16.md'], dir);
    expect(run.stderr).toBe('');
    for (const [name, encoding, bom, eol] of [['gbk.md', 'gb18030', false, '\r\n'], ['bom.md', 'utf-8', true, '\r\n'], ['utf16.md', 'utf-16le', true, '\n']] as const) {
      const decoded = decodeBuffer(readFileSync(path.join(dir, name)));
      expect(decoded.encoding, name).toBe(encoding);
      expect(decoded.bom, name).toBe(bom);
      expect(decoded.text).toContain(`徐政办发〔2024〕2号${eol}`);
      expect(decoded.text.split('\n').length).toBe(PLANTED.split('\n').length);
      if (eol === '\r\n') expect(decoded.text.replace(/\r\n/g, '')).not.toContain('\n');
    }
    expect(statSync(path.join(dir, 'gbk.md')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(['bom.md', 'gbk.md', 'utf16.md']);
  });

  it('refuses to write a file that would not survive being written back, and says so', () => {
    // A UTF-8 BOM file with one invalid byte: decoding replaces it, so writing would change it.
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('徐政办发〔2024〕第02号\n\n各单位：请按时报送。', 'utf8'), Buffer.from([0xff]), Buffer.from('\n')]);
    const dir = tree({ 'bad.md': bytes, 'good.md': '徐政办发〔2024〕第02号\n\n各单位：请按时报送。\n' });
    const run = runCli(['--fix', '--format', 'json', '--locale', 'en', 'bad.md', 'good.md'], dir);
    const results = json(run.stdout);
    const bad = results.find((r) => r.filePath.endsWith('bad.md'))!;
    expect(bad.messages[0]).toMatchObject({ ruleId: null, fatal: true });
    expect(bad.messages[0].message).toMatch(/fixes not written.*save it as UTF-8/);
    expect(bad.messages.map((m) => m.ruleId)).toContain('reference-docnum-serial');
    expect(Buffer.compare(readFileSync(path.join(dir, 'bad.md')), bytes)).toBe(0);
    expect(readFileSync(path.join(dir, 'good.md'), 'utf8')).toBe('徐政办发〔2024〕2号\n\n各单位：请按时报送。\n');
    expect(run.code).toBe(1);
  });

  it('rejects contradictory or incomplete fix options with exit 2, in both languages', () => {
    const dir = tree({ 'clean.md': CLEAN });
    const cases: [string[], RegExp][] = [
      [['--fix', '--fix-dry-run'], /--fix 与 --fix-dry-run 不能同时使用/],
      [['--fix-type', 'date'], /--fix-type 需要与 --fix 或 --fix-dry-run 一起使用/],
      [['--fix', '--fix-type', 'date,bogus'], /--fix-type 的值应为.*“bogus”/],
      [['--fix', '--fix-suggestions', 'no-such-rule'], /没有名为“no-such-rule”的规则/],
    ];
    for (const [args, message] of cases) {
      const run = runCli([...args, 'clean.md'], dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    const en = runCli(['--locale', 'en', '--fix', '--fix-dry-run', 'clean.md'], dir);
    expect(en.stderr).toMatch(/--fix and --fix-dry-run cannot be used together/);
  });
});
