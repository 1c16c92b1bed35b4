import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, spanOf } from '../helpers/lint.js';
import { REGISTRY, KNOWN, doc } from '../fixtures/registry.js';

const run = (text: string, options: { locale?: 'en'; catalogues?: typeof REGISTRY } = {}) =>
  runRule('date-doc-number-year', text, { catalogues: options.catalogues ?? REGISTRY, ...(options.locale ? { locale: options.locale } : {}) });
const front = (docNumber: string, date: string) => `---\ndocNumber: ${docNumber}\ndate: ${date}\n---\n\n正文。\n`;
const signed = (docNumber: string, date: string) => `${docNumber}\n\n各区人民政府：\n\n现印发给你们。\n\n北京市人民政府办公厅\n\n${date}\n`;

describe('date-doc-number-year', () => {
  it('flags the document’s own 文号 year against its 落款 date, at the year, with a suggestion', () => {
    const text = signed('京政办发〔2024〕14号', '2025年7月24日');
    const [f, ...rest] = run(text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('2024');
    expect(f.severity).toBe('error');
    expect(f.message).toBe('文号京政办发〔2024〕14号的年份2024与成文日期2025年7月24日的年份2025不符');
    expect(f.suggestions?.[0]).toMatchObject({ desc: '将文号年份改为2025', fix: { text: '2025' } });
    expect(f.related).toHaveLength(1);
  });

  it('flags front-matter values at the 文号, in English too', () => {
    const text = front('徐政办发〔2023〕2号', '2024-03-08');
    const [f] = run(text, { locale: 'en' });
    expect(spanOf(text, f)).toBe('徐政办发〔2023〕2号');
    expect(f.message).toBe('the document number 徐政办发〔2023〕2号 carries the year 2023, but the document is dated 2024年3月8日 (2024)');
  });

  it('allows the previous year in January and the next year in late December only', () => {
    expect(run(front('苏政发〔2023〕120号', '2024-01-05'))).toEqual([]);
    expect(run(front('苏政发〔2024〕1号', '2023-12-25'))).toEqual([]);
    expect(run(front('苏政发〔2024〕1号', '2023-12-10'))).toHaveLength(1);
    expect(run(front('苏政发〔2023〕120号', '2024-02-01'))).toHaveLength(1);
    expect(run(front('苏政发〔2022〕1号', '2024-01-05'))).toHaveLength(1);
  });

  it('flags a cited document whose 文号 and written issue date disagree, at the 文号 year', () => {
    const text = '市政府于2022年11月20日印发《某某实施意见》（徐政发〔2023〕9号）。\n';
    const [f] = run(text);
    expect(spanOf(text, f)).toBe('2023');
    expect(f.message).toBe('所引文件文号徐政发〔2023〕9号的年份2023与此处所写印发日期2022年11月20日的年份2022不符');
    expect(run('市政府于2023年1月5日印发《某某实施意见》（徐政发〔2022〕9号）。\n')).toEqual([]);
  });

  it('points at the date when the registry confirms the 文号', () => {
    const set = { catalogues: [], documents: [...KNOWN, doc({ id: 'y', title: '某某实施意见', issuer: '徐州市人民政府', level: 'city', docNumber: '徐政发〔2023〕9号' })] };
    const text = '市政府于2022年11月20日印发《某某实施意见》（徐政发〔2023〕9号）。\n';
    const [f] = run(text, { catalogues: set });
    expect(spanOf(text, f)).toBe('2022年11月20日');
  });

  it('leaves a date the registry contradicts to date-reference-mismatch', () => {
    const text = '---\nprovince: 江苏省\n---\n\n江苏省政府于2013年11月20日印发《关于加快培育发展未来产业的指导意见》（苏政发〔2023〕104号）。\n';
    expect(run(text)).toEqual([]);
    expect(runRule('date-reference-mismatch', text, { catalogues: REGISTRY })).toHaveLength(1);
  });

  it('accepts the Beijing notice (京政办发〔2025〕14号, 2025年7月24日)', () => {
    const text = readFileSync('test/fixtures/real/beijing-jzbf-2025-14.txt', 'utf8');
    expect(run(text)).toEqual([]);
  });
});
