import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';

const ID = 'target-past-deadline';
const rule = ruleById(ID);
const doc = (date: string | undefined, body: string[]) =>
  ['---', 'title: 某市加快培育未来产业的工作意见', ...(date ? [`date: ${date}`] : []), '---', '', ...body.flatMap((l) => [l, '']), ''].join('\n');
const PAST = doc('2023-09-01', ['## 一、发展目标', '到2020年,全市重点突破一批填补国内空白的关键核心技术,全市未来产业总产值突破5000亿元。']);

new RuleTester().run(ID, rule, {
  valid: [
    // Targets due in or after the document year.
    doc('2023-09-01', ['到2023年底，建成5个先导区。到2030年,全市未来产业总产值突破5000亿元。']),
    // Achievements, targets quoted from another document, and documents without a date.
    doc('2023-09-01', ['到2020年底，全市已建成5G基站2万个。截至2022年底，全市未来产业产值达到1200亿元。']),
    doc('2023-09-01', ['《江苏省“十三五”战略性新兴产业发展规划》提出，到2020年，全省战略性新兴产业产值达到8万亿元。']),
    doc(undefined, ['到2020年，全市未来产业总产值突破5000亿元。']),
    // The year after 比/较 is a comparison base, not the target year.
    ['---', 'date: 2023-05-04', '---', '', '二、主要目标', '', '到2025年，全区单位地区生产总值能源消耗比2020年下降14.5%。', ''].join('\n'),
    ['某区“十四五”节能减排综合工作实施方案', '', '某区人民政府', '2023年5月4日', '', '一、主要目标', '', '到2025年，单位地区生产总值能耗较2020年累计下降14.5%，单位GDP用水量比2020年降低20%。', ''].join('\n'),
    ['---', 'date: 2022-12-28', '---', '', '到2030年，单位地区生产总值二氧化碳排放比2005年下降68%以上。', ''].join('\n'),
    // A year before the document’s that opens a sentence is history, not the goals’ date.
    doc('2024-03-19', ['## 二、主要目标', '2023年，全市实现地区生产总值3347.6亿元。到2026年，地区生产总值达到4000亿元。']),
  ],
  invalid: [
    {
      name: '到2020年 in a 2023 plan, at the deadline, with the signing date as related',
      code: PAST,
      errors: [{ message: '目标年份2020年早于成文年份2023年：“全市重点突破一批填补国内空白的关键核心技术”', line: 8, column: 1, endLine: 8, endColumn: 7, related: [{ message: '成文日期在2023年' }] }],
    },
    { name: 'a past year in a goals section title', code: doc('2023-09-01', ['## 二、2022年目标', '全市未来产业总产值突破5000亿元。']), errors: [{ line: 6, column: 6, endLine: 6, endColumn: 11 }] },
    { name: 'a past deadline written with a base year', code: doc('2023-05-04', ['到2020年，单位地区生产总值能耗比2015年下降16%。']), errors: [{ line: 6, column: 1, endLine: 6, endColumn: 7 }] },
  ],
});

new RuleTester({ locale: 'en' }).run(`${ID} in English`, rule, {
  valid: [],
  invalid: [
    {
      name: 'one finding per deadline, whatever the number of goals under it',
      code: doc('2023-09-01', ['到2022年底，培育10家以上未来产业创新平台，引育20家以上未来产业链主企业。到2030年，打造100个以上应用场景。']),
      errors: [{ message: 'target year 2022 is before the document year 2023: “培育10家以上未来产业创新平台”', line: 6, column: 1, endLine: 6, endColumn: 8 }],
    },
  ],
});

describe(ID, () => {
  it('is an error', () => {
    expect(runRule(ID, PAST)[0].severity).toBe('error');
  });
});
