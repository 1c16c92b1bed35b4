import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, spanOf } from '../helpers/lint.js';

const run = (text: string, locale?: 'en') => runRule('date-missing-year', text, locale ? { locale } : {});

describe('date-missing-year', () => {
  it('notes a month-day with no year in the paragraph (the Suzhou report)', () => {
    const text = '9月1日,苏州市政府出台《关于加快培育未来产业的工作意见》,贯彻落实创新驱动发展战略。';
    const [f, ...rest] = run(text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('9月1日');
    expect(f.severity).toBe('info');
    expect(f.message).toBe('日期「9月1日」未写年份，同段前文也没有年份可参照，建议写明年份');
  });

  it('points at the date without its 前 word, and speaks English', () => {
    const text = '请各单位于3月1日前报送。';
    const [f] = run(text, 'en');
    expect(spanOf(text, f)).toBe('3月1日');
    expect(f.message).toBe('the date “3月1日” has no year and no earlier date in the paragraph gives one; state the year');
  });

  it('accepts a month-day after a dated expression in the same paragraph, or with 每年/次年', () => {
    expect(run('2023年9月1日，苏州市政府出台意见，9月4日正式公布。')).toEqual([]);
    expect(run('每年9月1日开展评估，次年3月1日前公布结果。')).toEqual([]);
    expect(run('2030年未来产业总产值破5000亿，到2035年形成1到2个集群。')).toEqual([]);
  });

  it('finds only 9月1日 in the Suzhou example', () => {
    const text = readFileSync('examples/suzhou-news-report.md', 'utf8');
    expect(run(text).map((f) => spanOf(text, f))).toEqual(['9月1日']);
  });
});

describe('date-missing-year with the year named in words', () => {
  it('stays quiet on 当年, 每年的, 本年度 and 年度内（…）', () => {
    const text = '各单位应于当年12月31日前完成清算。\n\n申报单位须在每年的6月30日前提交年度报告。\n\n项目单位应在年度内（12月31日前）完成验收。\n\n请于本年度11月30日前报送总结。\n';
    expect(runRule('date-missing-year', text)).toEqual([]);
  });
});
