import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';

const doc = (date: string | undefined, body: string[]) =>
  ['---', 'title: 某市加快培育未来产业的工作意见', ...(date ? [`date: ${date}`] : []), '---', '', ...body.flatMap((l) => [l, '']), ''].join('\n');

describe('target-past-deadline', () => {
  it('flags 到2020年 in a 2023 plan, at the deadline, with the signing date as related', () => {
    const text = doc('2023-09-01', ['## 一、发展目标', '到2020年,全市重点突破一批填补国内空白的关键核心技术,全市未来产业总产值突破5000亿元。']);
    const findings = runRule('target-past-deadline', text);
    expect(findings).toHaveLength(1);
    expect(spanOf(text, findings[0])).toBe('到2020年');
    expect(findings[0].message).toBe('目标年份2020年早于成文年份2023年：“全市重点突破一批填补国内空白的关键核心技术”');
    expect(findings[0].severity).toBe('error');
    expect(findings[0].related?.[0].message).toBe('成文日期在2023年');
  });

  it('reports one finding per deadline, whatever the number of goals under it, in English too', () => {
    const text = doc('2023-09-01', ['到2022年底，培育10家以上未来产业创新平台，引育20家以上未来产业链主企业。到2030年，打造100个以上应用场景。']);
    const findings = runRule('target-past-deadline', text, { locale: 'en' });
    expect(findings.map((f) => spanOf(text, f))).toEqual(['到2022年底']);
    expect(findings[0].message).toBe('target year 2022 is before the document year 2023: “培育10家以上未来产业创新平台”');
  });

  it('flags a past year in a goals section title', () => {
    const text = doc('2023-09-01', ['## 二、2022年目标', '全市未来产业总产值突破5000亿元。']);
    const findings = runRule('target-past-deadline', text);
    expect(findings.map((f) => spanOf(text, f))).toEqual(['2022年']);
  });

  it('accepts targets due in or after the document year', () => {
    const text = doc('2023-09-01', ['到2023年底，建成5个先导区。到2030年,全市未来产业总产值突破5000亿元。']);
    expect(runRule('target-past-deadline', text)).toEqual([]);
  });

  it('ignores achievements, targets quoted from another document, and documents without a date', () => {
    const achieved = doc('2023-09-01', ['到2020年底，全市已建成5G基站2万个。截至2022年底，全市未来产业产值达到1200亿元。']);
    expect(runRule('target-past-deadline', achieved)).toEqual([]);
    const quoted = doc('2023-09-01', ['《江苏省“十三五”战略性新兴产业发展规划》提出，到2020年，全省战略性新兴产业产值达到8万亿元。']);
    expect(runRule('target-past-deadline', quoted)).toEqual([]);
    const undated = doc(undefined, ['到2020年，全市未来产业总产值突破5000亿元。']);
    expect(runRule('target-past-deadline', undated)).toEqual([]);
  });
});

describe('target-past-deadline and comparison bases (eval4 p01, p01b, p01c)', () => {
  it('does not take the year after 比/较 as the target year', () => {
    const p01 = ['---', 'date: 2023-05-04', '---', '', '二、主要目标', '', '到2025年，全区单位地区生产总值能源消耗比2020年下降14.5%。', ''].join('\n');
    expect(runRule('target-past-deadline', p01)).toEqual([]);
    const p01b = ['某区“十四五”节能减排综合工作实施方案', '', '某区人民政府', '2023年5月4日', '', '一、主要目标', '', '到2025年，单位地区生产总值能耗较2020年累计下降14.5%，单位GDP用水量比2020年降低20%。', ''].join('\n');
    expect(runRule('target-past-deadline', p01b)).toEqual([]);
    const p01c = ['---', 'date: 2022-12-28', '---', '', '到2030年，单位地区生产总值二氧化碳排放比2005年下降68%以上。', ''].join('\n');
    expect(runRule('target-past-deadline', p01c)).toEqual([]);
  });

  it('still flags a past deadline written with a base year', () => {
    const text = doc('2023-05-04', ['到2020年，单位地区生产总值能耗比2015年下降16%。']);
    expect(runRule('target-past-deadline', text).map((f) => spanOf(text, f))).toEqual(['到2020年']);
  });

  it('does not date goals with a year before the document’s that opens a sentence (history)', () => {
    const text = doc('2024-03-19', ['## 二、主要目标', '2023年，全市实现地区生产总值3347.6亿元。到2026年，地区生产总值达到4000亿元。']);
    expect(runRule('target-past-deadline', text)).toEqual([]);
  });
});
