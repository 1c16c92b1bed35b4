import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const ID = 'target-non-monotonic';
const rule = ruleById(ID);
// Suzhou's 2030/2035 goals as reported (苏州日报, 2023-09-04).
const SUZHOU =
  '到2030年,全市重点突破一批填补国内空白的关键核心技术,未来产业与战略性新兴产业、优势主导产业形成有效衔接,全市未来产业总产值突破5000亿元。到2035年,全市形成1到2个领跑全国的千亿级未来产业创新集群,全市未来产业总产值突破10000亿元。';
const FALLING = `${SUZHOU.replace('10000亿元', '4000亿元')}\n`;
const RISING_LIST = '一、发展目标\n\n全市数字经济核心产业增加值到2025年、2027年、2030年分别达到1000亿元、1500亿元、2000亿元。\n';

new RuleTester().run(ID, rule, {
  valid: [
    // Rising goals (Suzhou’s 5000 → 10000亿元).
    `${SUZHOU}\n`,
    ...textCases(['examples/suzhou-news-report.md']),
    {
      name: 'falling ceilings and indicators meant to fall; different units are not compared',
      code: [
        '到2025年，单位地区生产总值能耗下降到0.5吨标准煤。到2030年，单位地区生产总值能耗下降到0.4吨标准煤。',
        '到2025年，企业平均融资成本控制在5%以内。到2030年，企业平均融资成本控制在4%以内。',
        '到2025年，未来产业总产值达到5000亿元。到2030年，未来产业总产值占比达到20%。',
        '',
      ].join('\n\n'),
    },
    {
      name: 'a falling share written with 左右 is not a floor',
      code: ['---', 'date: 2022-12-28', '---', '', '一、主要目标', '',
        '到2025年，煤炭消费比重降至55%左右，PM2.5平均浓度降至30微克/立方米。到2030年，煤炭消费比重降至50%左右，PM2.5平均浓度降至25微克/立方米。', ''].join('\n'),
    },
    {
      name: 'growth rates are not compared',
      code: ['---', 'date: 2021-03-01', '---', '', '一、主要目标', '', '到2025年，地区生产总值年均增长6%左右。到2035年，地区生产总值年均增长4.5%左右。', ''].join('\n'),
    },
    // Years and values paired with 分别, rising.
    RISING_LIST,
  ],
  invalid: [
    {
      name: 'a later goal smaller than an earlier one for the same indicator, with the earlier as related',
      code: FALLING,
      errors: [
        {
          message: '“未来产业总产值”2035年的目标4000亿元低于2030年的目标5000亿元',
          line: 1, column: 117, endLine: 1, endColumn: 123,
          related: [{ message: '2030年的目标为5000亿元', line: 1, column: 67, endLine: 1, endColumn: 73 }],
        },
      ],
    },
    {
      name: 'a later value restated in two places is reported once',
      code: ['---', 'kind: 行动方案', 'date: 2024-03-18', '---', '', '（二）发展目标。到2026年，全市未来产业规模突破800亿元。', '', '1. 到2025年，未来产业规模达到900亿元。', '', '2. 到2026年，未来产业规模突破800亿元。', ''].join('\n'),
      errors: [{ line: 6, column: 26, endLine: 6, endColumn: 31 }],
    },
    { name: 'a level in percent is compared', code: '到2025年，非化石能源消费比重达到20%左右。到2030年，非化石能源消费比重达到18%左右。\n', errors: 1 },
    {
      name: 'a value whose subject the sentence leaves out is compared',
      code: '一、发展目标\n\n到２０２７年，全县农村居民人均可支配收入达到３万元，到２０３０年达到２.５万元。\n',
      errors: [{ line: 3, column: 35, endLine: 3, endColumn: 40 }],
    },
    { name: 'years and values paired with 分别, one falling', code: RISING_LIST.replace('1500亿元', '900亿元'), errors: [{ line: 3, column: 43, endLine: 3, endColumn: 48 }] },
  ],
});

new RuleTester({ locale: 'en' }).run(`${ID} in English`, rule, {
  valid: [],
  invalid: [
    {
      name: 'goals compared across paragraphs and sections',
      code: ['## 一、2026年目标', '', '培育20家以上未来产业链主企业。', '', '## 二、2030年目标', '', '培育15家以上未来产业链主企业。', ''].join('\n'),
      errors: [{ message: '“未来产业链主企业”: the 2030 target 15家 is smaller than the 2026 target 20家', line: 7, column: 3, endLine: 7, endColumn: 6 }],
    },
  ],
});

describe(ID, () => {
  it('is an error', () => {
    expect(runRule(ID, FALLING)[0].severity).toBe('error');
  });
});
