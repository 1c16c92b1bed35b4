import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, spanOf } from '../helpers/lint.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

// Suzhou's 2030/2035 goals as reported (苏州日报, 2023-09-04).
const SUZHOU =
  '到2030年,全市重点突破一批填补国内空白的关键核心技术,未来产业与战略性新兴产业、优势主导产业形成有效衔接,全市未来产业总产值突破5000亿元。到2035年,全市形成1到2个领跑全国的千亿级未来产业创新集群,全市未来产业总产值突破10000亿元。';

describe('target-non-monotonic', () => {
  it('flags a later goal smaller than an earlier one for the same indicator, with the earlier as related', () => {
    const text = `${SUZHOU.replace('10000亿元', '4000亿元')}\n`;
    const findings = runRule('target-non-monotonic', text);
    expect(findings).toHaveLength(1);
    expect(spanOf(text, findings[0])).toBe('4000亿元');
    expect(findings[0].message).toBe('“未来产业总产值”2035年的目标4000亿元低于2030年的目标5000亿元');
    expect(findings[0].severity).toBe('error');
    expect(findings[0].related?.[0].message).toBe('2030年的目标为5000亿元');
    expect(text.split('\n')[0].slice(findings[0].related![0].column - 1, findings[0].related![0].endColumn - 1)).toBe('5000亿元');
  });

  it('compares goals across paragraphs and sections, and speaks English', () => {
    const text = ['## 一、2026年目标', '', '培育20家以上未来产业链主企业。', '', '## 二、2030年目标', '', '培育15家以上未来产业链主企业。', ''].join('\n');
    const findings = runRule('target-non-monotonic', text, { locale: 'en' });
    expect(findings.map((f) => spanOf(text, f))).toEqual(['15家']);
    expect(findings[0].message).toBe('“未来产业链主企业”: the 2030 target 15家 is smaller than the 2026 target 20家');
  });

  it('accepts rising goals (Suzhou’s 5000 → 10000亿元)', () => {
    expect(runRule('target-non-monotonic', `${SUZHOU}\n`)).toEqual([]);
    expect(runRule('target-non-monotonic', read('examples/suzhou-news-report.md'))).toEqual([]);
  });

  it('accepts falling ceilings and indicators meant to fall, and does not compare different units', () => {
    const text = [
      '到2025年，单位地区生产总值能耗下降到0.5吨标准煤。到2030年，单位地区生产总值能耗下降到0.4吨标准煤。',
      '到2025年，企业平均融资成本控制在5%以内。到2030年，企业平均融资成本控制在4%以内。',
      '到2025年，未来产业总产值达到5000亿元。到2030年，未来产业总产值占比达到20%。',
      '',
    ].join('\n\n');
    expect(runRule('target-non-monotonic', text)).toEqual([]);
  });
});

describe('target-non-monotonic with a restated goal', () => {
  it('reports a later value restated in two places once', () => {
    const text = [
      '---', 'kind: 行动方案', 'date: 2024-03-18', '---', '',
      '（二）发展目标。到2026年，全市未来产业规模突破800亿元。', '',
      '1. 到2025年，未来产业规模达到900亿元。', '',
      '2. 到2026年，未来产业规模突破800亿元。', '',
    ].join('\n');
    const findings = runRule('target-non-monotonic', text);
    expect(findings).toHaveLength(1);
    expect(spanOf(text, findings[0])).toBe('800亿元');
    expect(findings[0].line).toBe(6);
  });
});

describe('target-non-monotonic on eval4 repros', () => {
  it('does not compare a falling share written with 左右 as a floor (p10)', () => {
    const text = ['---', 'date: 2022-12-28', '---', '', '一、主要目标', '',
      '到2025年，煤炭消费比重降至55%左右，PM2.5平均浓度降至30微克/立方米。到2030年，煤炭消费比重降至50%左右，PM2.5平均浓度降至25微克/立方米。', ''].join('\n');
    expect(runRule('target-non-monotonic', text)).toEqual([]);
  });

  it('does not compare growth rates (p11)', () => {
    const text = ['---', 'date: 2021-03-01', '---', '', '一、主要目标', '', '到2025年，地区生产总值年均增长6%左右。到2035年，地区生产总值年均增长4.5%左右。', ''].join('\n');
    expect(runRule('target-non-monotonic', text)).toEqual([]);
  });

  it('still compares a level in percent, and a value whose subject the sentence leaves out (q02)', () => {
    expect(runRule('target-non-monotonic', '到2025年，非化石能源消费比重达到20%左右。到2030年，非化石能源消费比重达到18%左右。\n')).toHaveLength(1);
    const text = '一、发展目标\n\n到２０２７年，全县农村居民人均可支配收入达到３万元，到２０３０年达到２.５万元。\n';
    const findings = runRule('target-non-monotonic', text);
    expect(findings.map((f) => spanOf(text, f))).toEqual(['２.５万元']);
  });

  it('pairs years and values with 分别 and finds nothing wrong in rising values (w07)', () => {
    const text = '一、发展目标\n\n全市数字经济核心产业增加值到2025年、2027年、2030年分别达到1000亿元、1500亿元、2000亿元。\n';
    expect(runRule('target-non-monotonic', text)).toEqual([]);
    expect(runRule('target-non-monotonic', text.replace('1500亿元', '900亿元')).map((f) => spanOf(text.replace('1500亿元', '900亿元'), f))).toEqual(['900亿元']);
  });
});
