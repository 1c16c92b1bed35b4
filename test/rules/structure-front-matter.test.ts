import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';

const id = 'structure-front-matter';

describe(id, () => {
  it('accepts valid front matter in English and Chinese keys', () => {
    expect(runRule(id, '---\ntitle: 某方案\ndate: 2024-01-08\nlevel: city\n---\n\n正文。\n')).toEqual([]);
    expect(runRule(id, '---\n标题: 某方案\n成文日期: 2024-01-08\n层级: 市\n发文字号: 徐政办发〔2024〕2号\nx-owner: 办公室\n---\n')).toEqual([]);
    expect(runRule(id, '没有文首元数据的文件。\n')).toEqual([]);
  });

  it('reports a wrong value at the value with what is allowed', () => {
    const text = '---\ntitle: 某方案\nlevel: county\n---\n';
    const [f] = runRule(id, text);
    expect(f.severity).toBe('error');
    expect(spanOf(text, f)).toBe('county');
    expect(f.message).toContain('level');
    expect(f.message).toContain('national, province, city, district');
    expect(f.line).toBe(3);
    expect(f.column).toBe(8);
  });

  it('reports an unknown key at the key, in English on request', () => {
    const text = '---\ntitle: 某方案\ndat: 2024-01-08\n---\n';
    const [f] = runRule(id, text, { locale: 'en' });
    expect(spanOf(text, f)).toBe('dat');
    expect(f.message).toMatch(/^front matter dat: unknown key "dat"; allowed keys: title, issuer/);
  });

  it('reports a date in the wrong form and a malformed 文号', () => {
    const text = '---\n成文日期: 2024年1月8日\n发文字号: 徐政办发2024-2\n---\n';
    const findings = runRule(id, text);
    expect(findings.map((f) => spanOf(text, f))).toEqual(['2024年1月8日', '徐政办发2024-2']);
    expect(findings[0].message).toContain('YYYY-MM-DD');
  });

  it('reports a YAML syntax error without crashing', () => {
    const text = '---\ntitle: "未闭合\n---\n正文\n';
    const findings = runRule(id, text);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0].message).toContain('YAML');
  });
});
