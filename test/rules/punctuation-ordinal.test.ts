import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const rule = ruleById('punctuation-ordinal');
const ARABIC = '1、强化考核。\n\n2. 营造氛围。\n\n3、4月份完成。\n';

new RuleTester().run('punctuation-ordinal', rule, {
  valid: [
    // 一、 （一） 1. 1、 and a decimal after a bracket are never touched.
    '一、总体要求\n\n（一）发展目标。\n\n1. 加强领导。\n\n1、强化考核。\n\n（2）.5亿元不是序数。\n\n第一，坚持创新。\n',
    // 1、 is left alone by default.
    ARABIC,
    ...textCases(),
  ],
  invalid: [
    {
      name: '一. at the start of a heading paragraph becomes 一、',
      code: '一. 总体要求\n',
      errors: [{ message: '序数「一」后应用顿号「、」，不用「.」', line: 1, column: 2, endLine: 1, endColumn: 3 }],
      output: '一、 总体要求\n',
    },
    {
      name: '1、 becomes 1. with { arabic: "period" }',
      code: ARABIC,
      options: { arabic: 'period' },
      errors: ['序数「1」后应用下脚点「.」，不用「、」'],
      output: '1.强化考核。\n\n2. 营造氛围。\n\n3、4月份完成。\n',
    },
  ],
});

new RuleTester({ locale: 'en' }).run('punctuation-ordinal in English', rule, {
  valid: [],
  invalid: [
    {
      name: 'the mark after （一） and （1） goes, in Markdown headings too',
      code: '## （二）、主要任务\n\n（1）.加强组织领导。\n',
      errors: [{ message: 'no “、” after the bracketed section number “（二）”', line: 1, column: 7, endLine: 1, endColumn: 8 }, { line: 3, column: 4, endLine: 3, endColumn: 5 }],
      output: '## （二）主要任务\n\n（1）加强组织领导。\n',
    },
  ],
});

describe('punctuation-ordinal severity', () => {
  it('is an error', () => {
    expect(runRule('punctuation-ordinal', '一. 总体要求\n')[0].severity).toBe('error');
  });
});
