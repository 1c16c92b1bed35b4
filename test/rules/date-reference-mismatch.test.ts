import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, spanOf } from '../helpers/lint.js';
import { REGISTRY } from '../fixtures/registry.js';

const JIANGSU = '---\nregion: 徐州市\nprovince: 江苏省\nlevel: city\n---\n\n';
const run = (text: string, locale?: 'en') => runRule('date-reference-mismatch', text, { catalogues: REGISTRY, ...(locale ? { locale } : {}) });

describe('date-reference-mismatch', () => {
  it('flags the Xuzhou 2013 typo against 苏政发〔2023〕104号, with a suggestion at the written precision', () => {
    const text = JIANGSU + '江苏省政府于2013年11月印发《关于加快培育发展未来产业的指导意见》，提出全省重点打造“10+X”未来产业体系。\n';
    const [f, ...rest] = run(text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('2013年11月');
    expect(f.severity).toBe('error');
    expect(f.message).toBe('据报道《关于加快培育发展未来产业的指导意见》（苏政发〔2023〕104号）印发于2023年11月，此处写作「2013年11月」');
    expect(f.suggestions).toEqual([{ desc: '改为「2023年11月」', fix: { range: [f.range.start, f.range.end], text: '2023年11月' } }]);
  });

  it('speaks English when asked', () => {
    const text = JIANGSU + '江苏省政府于2013年11月印发《关于加快培育发展未来产业的指导意见》。\n';
    const [f] = run(text, 'en');
    expect(f.message).toBe('according to reports 《关于加快培育发展未来产业的指导意见》（苏政发〔2023〕104号） was issued in 2023年11月, but the text says “2013年11月”');
  });

  it('keeps Chinese numerals in the suggestion', () => {
    const text = JIANGSU + '省政府于二〇一三年十一月印发《关于加快培育发展未来产业的指导意见》。\n';
    const [f] = run(text);
    expect(spanOf(text, f)).toBe('二〇一三年十一月');
    expect(f.suggestions?.[0].fix.text).toBe('二〇二三年十一月');
  });

  it('tolerates a month either side of a reported date, not two', () => {
    const cite = (date: string) => JIANGSU + `江苏省政府于${date}印发《关于加快培育发展未来产业的指导意见》。\n`;
    expect(run(cite('2023年10月'))).toEqual([]);
    expect(run(cite('2023年12月'))).toEqual([]);
    expect(run(cite('2023年11月12日'))).toEqual([]);
    const text = cite('2023年9月');
    const [f] = run(text);
    expect(spanOf(text, f)).toBe('2023年9月');
  });

  it('compares days against a signing date', () => {
    const text = JIANGSU + '市政府办公室于2024年1月9日印发《徐州市加快培育发展未来产业三年行动方案(2024-2026年)》（徐政办发〔2024〕2号）。\n';
    const [f] = run(text);
    expect(spanOf(text, f)).toBe('2024年1月9日');
    expect(f.suggestions?.[0].fix.text).toBe('2024年1月8日');
    expect(run(text.replace('2024年1月9日', '2024年1月8日'))).toEqual([]);
    expect(run(text.replace('2024年1月9日', '2024年1月'))).toEqual([]);
  });

  it('compares only the year of an unverified registry date', () => {
    const cite = (date: string) => JIANGSU + `市政府于${date}印发《徐州市加快培育发展未来产业的指导意见》。\n`;
    expect(run(cite('2024年2月'))).toEqual([]);
    const text = cite('2023年12月');
    expect(run(text).map((f) => spanOf(text, f))).toEqual(['2023年12月']);
  });

  it('flags a cited 文号 with the wrong year at the year, and a wrong serial at the whole number', () => {
    const text = JIANGSU + '贯彻落实《关于加快培育发展未来产业的指导意见》（苏政发〔2021〕104号）。落实《关于加快培育发展未来产业的指导意见》（苏政发〔2023〕14号）。\n';
    const [a, b] = run(text);
    expect(spanOf(text, a)).toBe('2021');
    expect(a.message).toBe('《关于加快培育发展未来产业的指导意见》登记的文号为苏政发〔2023〕104号，此处写作苏政发〔2021〕104号');
    expect(a.suggestions?.[0].fix.text).toBe('2023');
    expect(spanOf(text, b)).toBe('苏政发〔2023〕14号');
    expect(b.suggestions?.[0].fix.text).toBe('苏政发〔2023〕104号');
  });

  it('never compares a date without a year, a document it cannot identify, or another city’s document of the same title', () => {
    expect(run(JIANGSU + '9月1日，江苏省政府印发《关于加快培育发展未来产业的指导意见》。\n')).toEqual([]);
    expect(run(JIANGSU + '江苏省政府于2013年11月印发《关于加快发展某某产业的意见》。\n')).toEqual([]);
    expect(run(JIANGSU + '杭州市政府于2024年5月印发《关于加快培育发展未来产业的指导意见》（杭政发〔2024〕3号）。\n')).toEqual([]);
    expect(runRule('date-reference-mismatch', JIANGSU + '江苏省政府于2013年11月印发《关于加快培育发展未来产业的指导意见》。\n')).toEqual([]);
  });

  it('finds exactly the 2013 typo in the Xuzhou example', () => {
    const text = readFileSync('examples/xuzhou-interpretation.md', 'utf8');
    expect(run(text).map((f) => spanOf(text, f))).toEqual(['2013年11月']);
  });
});

describe('date-reference-mismatch wording by the kind of registry date', () => {
  it('says 发布日期 when the registry holds a publication date', () => {
    const text = '为贯彻落实工业和信息化部等七部门于2023年1月印发的《关于推动未来产业创新发展的实施意见》（工信部联科〔2024〕12号），制定本方案。\n';
    const [f] = runRule('date-reference-mismatch', text, { catalogues: REGISTRY });
    expect(spanOf(text, f)).toBe('2023年1月');
    expect(f.message).toBe('《关于推动未来产业创新发展的实施意见》（工信部联科〔2024〕12号）登记的发布日期为2024年1月29日，此处写作「2023年1月」');
    expect(f.suggestions?.[0].fix.text).toBe('2024年1月');
  });
});
