import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCatalogueYaml } from '../../src/catalogue/parse.js';
import { loadCatalogueFiles, loadShippedCatalogues } from '../../src/files/catalogues.js';

const VALID = `id: wuxi-5x
name: 无锡市“5+X”未来产业
issuer: 无锡市人民政府
level: city
scope: { province: 江苏省, region: 无锡市 }
label: 5+X
parent: jiangsu-10x
document:
  id: wuxi-5x
  title: 关于加快培育发展未来产业的实施意见
  issuer: 无锡市人民政府
  level: city
  date: 2024-04
  verified: false
  source: 中新网 2025-01-11 (去年4月)
groups:
  - id: growth
    label: 5
    name: 成长型
    items:
      - name: 通用人工智能
      - name: 氢能和储能
        composite: [氢能, 储能]
`;

describe('parseCatalogueYaml', () => {
  it('reads a valid catalogue and fills defaults', () => {
    const { catalogue, problems } = parseCatalogueYaml(VALID, 'wuxi.yaml');
    expect(problems).toEqual([]);
    expect(catalogue).toMatchObject({ id: 'wuxi-5x', file: 'wuxi.yaml', document: { date: '2024-04', titleAliases: [], implements: [] } });
    // An unquoted 5 is read as a number by YAML; the label is text.
    expect(catalogue!.groups[0].label).toBe('5');
    expect(catalogue!.groups[0].items[0]).toEqual({ name: '通用人工智能', aliases: [], verified: true });
  });

  it('reports schema problems at their line with what is allowed, and returns no data', () => {
    const text = VALID.replace('level: city\nscope', 'level: 市级\nscope').replace('      - name: 通用人工智能\n', '      - nmae: 通用人工智能\n').replace('date: 2024-04', 'date: 2024年4月');
    const { catalogue, problems } = parseCatalogueYaml(text, 'wuxi.yaml');
    expect(catalogue).toBeUndefined();
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p]));
    expect(byPath.level).toMatchObject({ file: 'wuxi.yaml', line: 4 });
    expect(byPath.level.message.en).toContain('national, province, city, district');
    expect(byPath['document.date']).toMatchObject({ line: 13 });
    expect(byPath['document.date'].message['zh-CN']).toContain('2024年4月');
    expect(byPath['groups[0].items[0].nmae']).toMatchObject({ line: 21 });
    expect(byPath['groups[0].items[0].nmae'].message.en).toContain('allowed keys: name, aliases, composite, verified, note');
    expect(byPath['groups[0].items[0].name']).toMatchObject({ line: 21 });
    expect(byPath['groups[0].items[0].name'].message.en).toContain('required');
  });

  it('reports YAML syntax errors with a line instead of throwing', () => {
    const { problems } = parseCatalogueYaml('id: x\ngroups: [unclosed\n', 'bad.yaml');
    expect(problems[0]).toMatchObject({ file: 'bad.yaml', path: '' });
    expect(problems[0].line).toBeGreaterThanOrEqual(2);
    expect(problems[0].message.en).toMatch(/YAML syntax error/);
  });

  it('reports a duplicate group id', () => {
    const text = VALID + `  - id: growth\n    label: X\n    name: 前沿\n    items:\n      - name: 低空经济\n`;
    const { problems } = parseCatalogueYaml(text, 'wuxi.yaml');
    expect(problems).toEqual([expect.objectContaining({ path: 'groups[1].id', line: 24 })]);
  });

  it('reads a registry of known documents', () => {
    const text = 'documents:\n  - id: a-doc\n    title: 某方案\n    issuer: 某市人民政府\n    level: city\n    docNumber: 某政发〔2024〕3号\n    verified: true\n    source: 官网\n';
    const { documents, catalogue, problems } = parseCatalogueYaml(text, 'docs.yaml');
    expect(problems).toEqual([]);
    expect(catalogue).toBeUndefined();
    expect(documents).toEqual([expect.objectContaining({ id: 'a-doc', docNumber: '某政发〔2024〕3号', titleAliases: [] })]);
    const bad = parseCatalogueYaml(text.replace('〔2024〕', '[2024]'), 'docs.yaml');
    expect(bad.problems).toEqual([expect.objectContaining({ path: 'documents[0].docNumber', line: 6 })]);
  });
});

describe('loadCatalogueFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-cat-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const shipped = loadShippedCatalogues();

  it('caches the shipped set', () => {
    expect(loadShippedCatalogues()).toBe(shipped);
  });

  it('adds a user catalogue and lets one with a shipped id replace it', () => {
    const wuxi = write('wuxi.yaml', VALID);
    const replacement = write('suzhou.yaml', VALID.replace(/wuxi-5x/g, 'suzhou-8').replace('无锡市 }', '苏州市 }'));
    const { set, problems } = loadCatalogueFiles([wuxi, replacement], shipped);
    expect(problems).toEqual([]);
    expect(set.catalogues.map((c) => c.id).sort()).toEqual(['jiangsu-10x', 'miit-2024-12', 'national-14th-fyp', 'suzhou-8', 'wuxi-5x', 'xuzhou-5x']);
    expect(set.catalogues.find((c) => c.id === 'suzhou-8')!.groups[0].items.map((i) => i.name)).toEqual(['通用人工智能', '氢能和储能']);
    expect(set.documents.find((d) => d.id === 'suzhou-8')!.title).toBe('关于加快培育发展未来产业的实施意见');
    // The shipped set is untouched.
    expect(shipped.catalogues.find((c) => c.id === 'suzhou-8')!.groups[0].items).toHaveLength(8);
  });

  it('returns problems (file, line, message) and keeps the base for bad files', () => {
    const bad = write('bad.yaml', VALID.replace('level: city\nscope', 'level: county\nscope'));
    const missing = join(dir, 'nope.yaml');
    const orphan = write('orphan.yaml', VALID.replace('parent: jiangsu-10x', 'parent: zhejiang-5x'));
    const { set, problems } = loadCatalogueFiles([bad, missing, orphan], shipped);
    expect(problems).toEqual([
      expect.objectContaining({ file: bad, line: 4, path: 'level', message: expect.stringContaining('must be one of') }),
      expect.objectContaining({ file: missing, message: expect.stringContaining('file not found') }),
      expect.objectContaining({ file: orphan, path: 'parent', message: expect.stringContaining('zhejiang-5x') }),
    ]);
    expect(problems[0].localized?.['zh-CN']).toContain('county');
    expect(set.catalogues.some((c) => c.id === 'wuxi-5x')).toBe(true);
  });
});
