import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { readReal, textCases } from '../helpers/proofreading.js';

const ID = 'target-missing';
const rule = ruleById(ID);
const doc = (title: string, body: string[], date = '2024-01-08') => ['---', `title: ${title}`, `date: ${date}`, '---', '', `# ${title}`, '', ...body.flatMap((l) => [l, '']), ''].join('\n');

const XUZHOU_PLAN = '徐州市加快培育发展未来产业三年行动方案(2024-2026年)';
// Xuzhou's 2026 goals as they read: qualitative only (一批…).
const QUALITATIVE = doc(XUZHOU_PLAN, [
  '一、总体要求',
  '（一）发展目标。到2026年，全市未来产业创新能力显著增强，培育一批未来产业领军企业，建设一批未来产业创新平台，形成“5+X”未来产业发展格局。',
  '二、重点任务',
]);
const MEASURES = doc('某市支持未来产业发展的若干措施', ['## 一、加强人才支撑', '引进人才。', '## 二、加强资金支持', '设立基金。', '## 三、加强用地保障', '保障用地。']);
// Goals with a table of numbers, and the same with a table of words only.
const TABLE = [
  '---', 'title: 某市“十四五”节能减排实施方案', 'date: 2022-06-01', '---', '',
  '## 一、主要目标', '', '到2025年，全市节能减排主要指标如下表。', '',
  '| 指标 | 2020年 | 2025年 | 属性 |', '| --- | --- | --- | --- |',
  '| 单位地区生产总值能耗下降（%） | — | 14.5 | 约束性 |', '| 非化石能源消费比重（%） | 15 | 20 | 预期性 |', '',
  '## 二、重点任务', '', '## 三、保障措施', '',
].join('\n');
const WORDS_TABLE = TABLE.replace(/\|.*\|\n/g, '').replace('如下表。', '如下表。\n\n| 指标 | 属性 |\n| --- | --- |\n| 能耗 | 约束性 |\n');
const CUT_OFF = doc('某市关于加快培育发展未来产业的实施意见', ['一、思路目标', '通过5年努力，基本形成未来产业生态体系。', '——技术水平持续跃升。加强科技和产业融合，引进一批']);

new RuleTester().run(ID, rule, {
  valid: [
    {
      name: 'a goals section with a year and a measurable indicator',
      code: doc('苏州市关于加快培育未来产业的工作意见', [
        '## 一、发展目标',
        '到2030年,全市重点突破一批填补国内空白的关键核心技术,全市未来产业总产值突破5000亿元。到2035年,全市形成1到2个领跑全国的千亿级未来产业创新集群,全市未来产业总产值突破10000亿元。',
      ], '2023-09-01'),
    },
    { name: 'the planning period of the title is the year of a goals section', code: doc(XUZHOU_PLAN, ['## 一、发展目标', '培育10家以上未来产业创新平台。']) },
    {
      name: 'no goals section, but a dated measurable target',
      code: doc('某市未来产业发展行动计划', ['## 一、总体要求', '到2026年，全市未来产业总产值突破5000亿元。', '## 二、重点任务', '加强技术攻关。', '## 三、保障措施', '加强组织领导。']),
    },
    // An excerpt is not judged: too few sections, or a goals heading with nothing under it.
    {
      name: 'the Beijing excerpt',
      code: ['---', 'title: 北京市建立未来产业投入增长机制 促进未来产业发展的若干措施', 'date: 2025-07-24', '---', '', readReal('test/fixtures/real/beijing-jzbf-2025-14.txt')].join('\n'),
    },
    doc(XUZHOU_PLAN, ['## 一、总体要求', '## 二、发展目标']),
    // Interpretations, notices and news reports.
    ...textCases(['examples/xuzhou-interpretation.md', 'examples/suzhou-news-report.md']),
    ['---', 'title: 关于做好2024年未来产业申报工作的通知', 'date: 2024-03-01', '---', '', '## 一、申报要求', '', '## 二、申报材料', '', '## 三、时间安排', ''].join('\n'),
    // 若干措施 are not checked by default.
    MEASURES,
    {
      name: '1. 2. items before the first 一、 of an excerpt are not parts of the plan',
      code: ['某市人民政府关于印发《某市未来产业行动方案》的通知', '', '1.先进核能。加快技术攻关。', '', '2.新型储能。推动技术研发。', '', '一、明确总体要求', '', '为了加快培育未来产业，制定本行动方案。', ''].join('\n'),
    },
    { name: 'a goals section with a table of numbers is not empty', code: TABLE },
    { name: 'a text cut off inside its goals section is not judged', code: CUT_OFF },
  ],
  invalid: [
    {
      name: 'a goals section with only qualitative goals',
      code: QUALITATIVE,
      errors: [{ message: '目标部分“发展目标”只有定性表述，没有可量化的指标', line: 10, column: 1, endLine: 10, endColumn: 8 }],
    },
    {
      name: 'a goals section whose measurable goals have no year',
      code: doc('苏州市关于加快培育未来产业的工作意见', ['## 一、发展目标', '全市培育10家以上未来产业创新平台，打造100个以上应用场景。']),
      errors: [{ messageId: 'missingYear', message: /没有写明目标年份/, line: 8, column: 1, endLine: 8, endColumn: 10 }],
    },
    {
      name: 'a complete plan with no goals section and no dated measurable target, at its title',
      code: doc('某市未来产业发展行动计划', ['## 一、总体要求', '坚持创新驱动。', '## 二、重点任务', '加强技术攻关。', '## 三、保障措施', '加强组织领导。']),
      errors: [{ message: '本行动计划没有目标部分，全文也没有带年份的量化目标', line: 2, column: 8, endLine: 2, endColumn: 20 }],
    },
    { name: '若干措施 when the config adds 措施 to the kinds', code: MEASURES, options: { kinds: ['意见', '方案', '规划', '计划', '措施'] }, errors: [{ messageId: 'noGoals' }] },
    {
      name: 'a bare year opening a sentence is the goals’ year: at most no measurable indicator',
      code: ['---', 'title: 某省关于深化预算管理制度改革的实施意见', '---', '', '一、总体要求', '', '2.目标任务。从2014年开始，全面启动改革。2015年在改革上取得决定性进展。2016年基本完成各项改革任务。', ''].join('\n'),
      errors: [{ messageId: 'missingIndicator' }],
    },
    { name: 'a table of words only does not count', code: WORDS_TABLE, errors: 1 },
    { name: 'the same goals section, complete', code: `${CUT_OFF.trimEnd()}高层次人才。\n`, errors: [{ messageId: 'missingBoth' }] },
  ],
});

new RuleTester({ locale: 'en' }).run(`${ID} in English`, rule, {
  valid: [],
  invalid: [
    {
      name: 'a goals section with neither',
      code: doc('某市未来产业发展实施意见', ['## 一、主要目标', '全面提升未来产业创新能力。', '## 二、重点任务', '加强技术攻关。']),
      errors: [{ message: 'goals section “主要目标” has neither a target year nor a measurable indicator', line: 8, column: 1, endLine: 8, endColumn: 10 }],
    },
  ],
});

describe(ID, () => {
  it('is a warning', () => {
    expect(runRule(ID, QUALITATIVE)[0].severity).toBe('warn');
  });
});
