import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BAD_LEVEL, ensureBuilt, removeTree, ROOT, runCli, tempTree } from './helpers.js';
import { compactJson, type LocatedRange as Located } from '../../src/runner/inspect.js';

beforeAll(() => ensureBuilt(), 180_000);

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) removeTree(dirs.pop()!);
});

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

describe('policylint inspect', () => {
  const file = path.join(ROOT, 'examples/xuzhou-interpretation.md');
  const source = readFileSync(file, 'utf8');

  it('prints the model as JSON, each fact with offsets and line/column', () => {
    const r = runCli(['inspect', 'examples/xuzhou-interpretation.md'], ROOT);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout) as Record<string, unknown> & {
      meta: { title: { value: string; source: string; range: Located } };
      sections: { title: string; headingRange: Located }[];
      dates: { text: string; range: Located; valueRange: Located }[];
      docNumbers: { text: string; range: Located; yearRange: Located }[];
      blocks: Record<string, unknown>[];
      findings: unknown[];
    };
    expect(m.filePath).toBe(file);
    expect(m.encoding).toBe('utf-8');
    expect(Object.keys(m)).toEqual(
      expect.arrayContaining(['meta', 'frontMatter', 'sections', 'dates', 'enumerations', 'targets', 'references', 'docNumbers', 'findings', 'blocks']),
    );
    expect(m.meta.title).toMatchObject({ value: '《徐州市加快培育发展未来产业的指导意见》政策解读', source: 'front-matter' });

    const background = m.sections.find((s) => s.title === '制定背景')!;
    expect(background.headingRange).toMatchObject({ ...lineColumn(source, source.indexOf('## 一、制定背景')) });

    const at = source.indexOf('2013年11月');
    const date = m.dates.find((d) => d.text === '2013年11月')!;
    expect(date.range).toEqual({ start: at, end: at + 8, ...lineColumn(source, at), endLine: lineColumn(source, at + 8).line, endColumn: lineColumn(source, at + 8).column });

    const docNo = m.docNumbers.find((d) => d.text === '徐政发〔2024〕1号')!;
    expect(source.slice(docNo.yearRange.start, docNo.yearRange.end)).toBe('2024');
    expect(docNo.yearRange).toMatchObject(lineColumn(source, docNo.yearRange.start));

    // Blocks are compact: text and range, no offset arrays; the raw text is not repeated.
    expect(Object.keys(m.blocks[0]).sort()).toEqual(['depth', 'index', 'kind', 'range', 'section', 'text']);
    expect(m).not.toHaveProperty('text');
    expect(Array.isArray(m.findings)).toBe(true);
  });

  it('prints the catalogue alignment last: per list its kind, range, catalogue and item matches', () => {
    const r = runCli(['inspect', 'examples/xuzhou-interpretation.md'], ROOT);
    expect(r.code).toBe(0);
    type Row = { list: number; kind: string; range: Located; catalogue?: string; citation?: string; group?: string; reason?: string; items?: { item: string; match: string; catalogueItem?: string; group?: string; parts?: string[] }[] };
    const m = JSON.parse(r.stdout) as { enumerations: { range: { start: number; end: number } }[]; alignment: Row[] };
    // The keys before it keep their order; the alignment is added after blocks.
    expect(Object.keys(m).slice(-3)).toEqual(['findings', 'blocks', 'alignment']);
    expect(m.alignment).toHaveLength(m.enumerations.length);
    m.alignment.forEach((row, i) => {
      expect(row.list).toBe(i);
      expect(row.range).toMatchObject({ start: m.enumerations[i].range.start, end: m.enumerations[i].range.end, ...lineColumn(source, row.range.start) });
    });
    // The same lists as test/catalogue/align.test.ts, as inspect shows them.
    const shown = m.alignment.filter((a) => a.kind !== 'other').map((a) => [a.kind, a.catalogue, a.group ?? '', a.items![0].item]);
    expect(shown).toEqual([
      ['quote', 'national-14th-fyp', 'future', '类脑智能'],
      ['quote', 'jiangsu-10x', 'growth', '第三代半导体'],
      ['quote', 'jiangsu-10x', 'frontier', '量子科技'],
      ['own', 'jiangsu-10x', '', '氢能与新型储能'],
      ['own', 'jiangsu-10x', '', '零碳负碳（碳捕集利用及封存）'],
      ['own', 'jiangsu-10x', '', '未来网络'],
    ]);
    const quote = m.alignment.find((a) => a.kind === 'quote' && a.group === 'frontier')!;
    expect(quote.citation).toBe('label');
    expect(quote.items).toContainEqual({ item: '先进计算', match: 'not-found' });
    expect(quote.items).toContainEqual({ item: '量子科技', match: 'exact', catalogueItem: '量子科技', group: 'frontier' });
    const own = m.alignment.find((a) => a.kind === 'own')!;
    expect(own.items![0]).toMatchObject({ item: '氢能与新型储能', match: 'composite', parts: ['氢能', '新型储能'] });
    expect(m.alignment.find((a) => a.kind === 'other')).toEqual({ list: expect.any(Number), kind: 'other', range: expect.any(Object), reason: expect.any(String) });
  });

  it('includes the findings with their positions', () => {
    const dir = tempTree({ 'policylint.config.json': '{"root":true}', 'bad.md': BAD_LEVEL });
    dirs.push(dir);
    const m = JSON.parse(runCli(['inspect', 'bad.md', '--locale', 'en'], dir).stdout) as { findings: { ruleId: string; line: number; column: number; message: string }[]; configFiles: string[] };
    expect(m.findings).toContainEqual(expect.objectContaining({ ruleId: 'structure-front-matter', line: 3, column: 8, message: expect.stringContaining('county') }));
    expect(m.configFiles).toEqual([path.join(dir, 'policylint.config.json')]);
  });

  it('exits 2 without exactly one readable file', () => {
    expect(runCli(['inspect'], ROOT).code).toBe(2);
    expect(runCli(['inspect', 'a.md', 'b.md'], ROOT).code).toBe(2);
    const missing = runCli(['inspect', 'no-such-file.md'], ROOT);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-file.md');
  });
});

describe('compactJson', () => {
  it('keeps short objects on one line and indents the rest', () => {
    const value = { range: { start: 1, end: 2 }, list: ['a', 'b'], nested: { text: 'x'.repeat(120), n: 1 } };
    expect(compactJson(value, 40)).toBe(`{\n  "range": {"start":1,"end":2},\n  "list": ["a","b"],\n  "nested": {\n    "text": "${'x'.repeat(120)}",\n    "n": 1\n  }\n}`);
    expect(JSON.parse(compactJson(value, 40))).toEqual(value);
  });
});
