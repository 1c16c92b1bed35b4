import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const rule = ruleById('date-missing-year');

new RuleTester().run('date-missing-year', rule, {
  valid: [
    // A dated expression earlier in the paragraph gives the year; 每年/次年 need none.
    '2023年9月1日，苏州市政府出台意见，9月4日正式公布。',
    '每年9月1日开展评估，次年3月1日前公布结果。',
    '2030年未来产业总产值破5000亿，到2035年形成1到2个集群。',
    // The year named in words: 当年, 每年的, 本年度, 年度内（…）.
    '各单位应于当年12月31日前完成清算。\n\n申报单位须在每年的6月30日前提交年度报告。\n\n项目单位应在年度内（12月31日前）完成验收。\n\n请于本年度11月30日前报送总结。\n',
  ],
  invalid: [
    {
      name: 'a month-day with no year in the paragraph (the Suzhou report)',
      code: '9月1日,苏州市政府出台《关于加快培育未来产业的工作意见》,贯彻落实创新驱动发展战略。',
      errors: [{ message: '日期「9月1日」未写年份，同段前文也没有年份可参照，建议写明年份', line: 1, column: 1, endLine: 1, endColumn: 5 }],
    },
    {
      name: 'only 9月1日 in the Suzhou example',
      ...textCases(['examples/suzhou-news-report.md'])[0],
      errors: [{ line: 18, column: 1, endLine: 18, endColumn: 5 }],
    },
  ],
});

new RuleTester({ locale: 'en' }).run('date-missing-year in English', rule, {
  valid: [],
  invalid: [
    {
      name: 'points at the date without its 前',
      code: '请各单位于3月1日前报送。',
      errors: [{ message: 'the date “3月1日” has no year and no earlier date in the paragraph gives one; state the year', line: 1, column: 6, endLine: 1, endColumn: 10 }],
    },
  ],
});

describe('date-missing-year severity', () => {
  it('is info', () => {
    expect(runRule('date-missing-year', '9月1日,苏州市政府出台意见。')[0].severity).toBe('info');
  });
});
