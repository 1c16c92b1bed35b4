import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const ID = 'target-no-deadline';
const rule = ruleById(ID);
const doc = (title: string, body: string[]) => ['---', `title: ${title}`, 'date: 2023-09-01', '---', '', ...body.flatMap((l) => [l, '']), ''].join('\n');
const SUZHOU = '苏州市关于加快培育未来产业的工作意见';
const GOAL_VERB = doc(SUZHOU, ['## 三、重点任务', '全市加强技术与产业联动，力争培育10家以上未来产业创新平台。']);

new RuleTester().run(ID, rule, {
  valid: [
    // A year from the sentence, the section or the planning period.
    doc(SUZHOU, ['到2030年,全市加强技术与产业联动,培育10家以上未来产业创新平台。']),
    doc(SUZHOU, ['## 一、2030年目标', '培育10家以上未来产业创新平台。']),
    doc('徐州市加快培育发展未来产业三年行动方案(2024-2026年)', ['## 一、发展目标', '培育10家以上未来产业创新平台。']),
    {
      name: 'numbers that are not goals: achievements, supports, counts and specifications',
      code: doc('某市支持未来产业发展的若干措施', [
        '近年来,我市始终坚持把创新作为引领发展的第一动力,连续2年规模以上工业总产值突破4万亿元,稳居全国前列。',
        '对新认定的未来产业研究院，给予最高1000万元奖励。',
        '重点发展6英寸以上衬底晶圆等相关材料及关键器件。',
      ]),
    },
    ...textCases(['examples/xuzhou-interpretation.md']),
    // A bare year opening the sentence is the year.
    '2023年力争完成能源项目投资70亿元，力争清洁能源装机容量增加30万千瓦。\n',
    '2024年，力争全市规模以上工业增加值增长8%以上。\n',
    // Years and values listed with 分别 are paired.
    '---\ndate: 2023-01-10\n---\n\n一、发展目标\n\n全市数字经济核心产业增加值2025年、2030年分别达到1000亿元、2000亿元。\n',
    '一、发展目标\n\n全市数字经济核心产业增加值2025年、2030年分别达到1000亿元、2000亿元。\n',
    '---\ndate: 2023-01-10\n---\n\n一、发展目标\n\n全市数字经济核心产业增加值到2025年、2027年、2030年分别达到1000亿元、1500亿元、2000亿元。\n',
    // Unequal counts: no year is guessed and the values are not reported as undated.
    '一、发展目标\n\n全市数字经济核心产业增加值2025年、2030年分别达到1000亿元。\n',
    // A scope (以…为主要对象) is not a goal.
    '一、总体目标\n\n以全市就业年龄段的7600多名持证残疾人为主要对象，促进残疾人就业。到2025年，全市新增残疾人就业800人以上。\n',
  ],
  invalid: [
    {
      name: 'a goal-verb target with no year anywhere',
      code: GOAL_VERB,
      errors: [{ message: '量化目标“力争培育10家以上未来产业创新平台”没有完成年份', line: 8, column: 13, endLine: 8, endColumn: 30 }],
    },
  ],
});

new RuleTester({ locale: 'en' }).run(`${ID} in English`, rule, {
  valid: [],
  invalid: [
    {
      name: 'each measurable goal of an undated goals section',
      code: doc(SUZHOU, ['## 一、发展目标', '全市引育20家以上未来产业链主企业，建设10个以上未来产业先导园区。']),
      errors: [{ line: 8, column: 1, endLine: 8, endColumn: 18 }, { message: 'measurable target “建设10个以上未来产业先导园区” has no year to be reached by', line: 8, column: 19, endLine: 8, endColumn: 34 }],
    },
  ],
});

describe(ID, () => {
  it('is a warning', () => {
    expect(runRule(ID, GOAL_VERB)[0].severity).toBe('warn');
  });
});
