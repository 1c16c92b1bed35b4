import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, spanOf } from '../helpers/lint.js';
import { REGISTRY, KNOWN, doc } from '../fixtures/registry.js';

const head = (date?: string) => `---\n${date ? `date: ${date}\n` : ''}region: 徐州市\nprovince: 江苏省\nlevel: city\n---\n\n`;
const run = (text: string, options: { locale?: 'en'; catalogues?: typeof REGISTRY } = {}) =>
  runRule('date-anachronism', text, { catalogues: options.catalogues ?? REGISTRY, ...(options.locale ? { locale: options.locale } : {}) });

describe('date-anachronism', () => {
  it('flags a document dated before a document it cites (registry date)', () => {
    const text = head('2023-12-20') + '根据《徐州市加快培育发展未来产业三年行动方案（2024-2026年）》（徐政办发〔2024〕2号），制定本方案。\n';
    const [f, ...rest] = run(text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('徐州市加快培育发展未来产业三年行动方案（2024-2026年）');
    expect(f.severity).toBe('error');
    expect(f.message).toBe('本文件成文日期为2023年12月，早于所引《徐州市加快培育发展未来产业三年行动方案（2024-2026年）》的2024年1月8日');
    expect(f.related).toHaveLength(1);
  });

  it('speaks English when asked', () => {
    const text = head('2023-12-20') + '根据《徐州市加快培育发展未来产业三年行动方案（2024-2026年）》（徐政办发〔2024〕2号），制定本方案。\n';
    expect(run(text, { locale: 'en' })[0].message).toBe('this document is dated 2023年12月, before 《徐州市加快培育发展未来产业三年行动方案（2024-2026年）》 which it cites (2024年1月8日)');
  });

  it('compares at month precision, with a month of slack for a publication date', () => {
    const cite = (date: string) => head(date) + '落实《关于推动未来产业创新发展的实施意见》（工信部联科〔2024〕12号）。\n';
    expect(run(cite('2024-01-20'))).toEqual([]);
    expect(run(cite('2023-12-28'))).toEqual([]);
    expect(run(cite('2023-11-20'))).toHaveLength(1);
    expect(run(head('2024-01-05') + '根据《徐州市加快培育发展未来产业三年行动方案（2024-2026年）》（徐政办发〔2024〕2号）。\n')).toEqual([]);
  });

  it('flags a written issue date before the document the cited one implements', () => {
    const set = { catalogues: [], documents: [...KNOWN, doc({ id: 'x', title: '徐州市未来产业发展实施方案', issuer: '徐州市人民政府', province: '江苏省', level: 'city', implements: ['national-14th-fyp'] })] };
    const text = head() + '2020年5月，市政府印发《徐州市未来产业发展实施方案》。\n';
    const [f] = run(text, { catalogues: set });
    expect(spanOf(text, f)).toBe('2020年5月');
    expect(f.message).toBe('此处写《徐州市未来产业发展实施方案》于2020年5月印发，早于它所落实的《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》（2021年3月）');
    expect(run(head() + '2021年5月，市政府印发《徐州市未来产业发展实施方案》。\n', { catalogues: set })).toEqual([]);
  });

  it('flags an issue date more than a year before the planning period in the title', () => {
    const text = head() + '省政府于2018年3月印发《某某省“十四五”未来产业发展规划》。市政府于2019年印发《某市“十五五”规划》。\n';
    const fs = run(text);
    expect(fs.map((f) => spanOf(text, f))).toEqual(['2018年3月', '2019年']);
    expect(fs[0].message).toBe('此处写《某某省“十四五”未来产业发展规划》于2018年3月印发，比其规划期（2021—2025年）早了3年');
  });

  it('accepts a plan issued the year before its period (Guangdong 2020 → 2021-2025)', () => {
    const text = '2020年9月省工业和信息化厅会同省发展改革委、科技厅、商务厅、市场监管局、通信管理局联合印发了《广东省发展新一代电子信息战略性支柱产业集群行动计划(2021-2025年)》。\n';
    expect(run(text)).toEqual([]);
    expect(run(head() + '市政府于2025年印发《某市“十五五”规划》。\n')).toEqual([]);
  });

  it('flags a cited document the text dates after this document', () => {
    const text = head('2024-01-10') + '市政府于2024年3月印发《某方案》。\n';
    const [f] = run(text);
    expect(spanOf(text, f)).toBe('2024年3月');
    expect(f.message).toBe('此处写《某方案》于2024年3月印发，晚于本文件成文日期2024年1月');
  });

  it('leaves a date the registry contradicts to date-reference-mismatch (the Xuzhou example)', () => {
    const text = readFileSync('examples/xuzhou-interpretation.md', 'utf8');
    expect(run(text)).toEqual([]);
    expect(runRule('date-reference-mismatch', text, { catalogues: REGISTRY })).toHaveLength(1);
  });
});

describe('date-anachronism on the document a 通知 issues', () => {
  it('does not compare a 通知 with the 措施 it issues (same 文号), even when its own date is impossible', () => {
    const text = [
      '京政办发〔2025〕14号',
      '',
      '《北京市建立未来产业投入增长机制 促进未来产业发展的若干措施》已经市政府同意，现印发给你们。',
      '',
      '北京市人民政府办公厅',
      '',
      '2025年2月30日',
      '',
    ].join('\n');
    expect(runRule('date-anachronism', text, { catalogues: REGISTRY })).toEqual([]);
  });
});
