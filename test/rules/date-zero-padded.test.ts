import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, spanOf } from '../helpers/lint.js';
import { fixWith } from '../helpers/fix.js';

const ID = 'date-zero-padded';

describe(ID, () => {
  it('flags zero-padded months and days and removes only the zeros', () => {
    const text = '全市推进会定于2024年03月05日召开，材料于03月01日前报送。';
    const fs = runRule(ID, text);
    expect(fs.map((f) => spanOf(text, f))).toEqual(['2024年03月05日', '03月01日']);
    expect(fs[0].message).toBe('日期“2024年03月05日”的月、日不编虚位：2024年3月5日');
    expect(fs[0].fix).toEqual({ range: [text.indexOf('03月05'), text.indexOf('05日') + 1], text: '3月' });
    expect(fixWith(ID, text)).toBe('全市推进会定于2024年3月5日召开，材料于3月1日前报送。');
    expect(runRule(ID, '2024年3月05日', { locale: 'en' })[0].message).toBe('no leading zeros in the date “2024年3月05日”: 2024年3月5日');
  });

  it('handles full-width digits and a padded range', () => {
    expect(fixWith(ID, '２０２４年０３月')).toBe('２０２４年３月');
    expect(fixWith(ID, '申报时间为2024年03月01日至2024年04月30日。')).toBe('申报时间为2024年3月1日至2024年4月30日。');
  });

  it('leaves ISO dates, 10月/20日, titles and the real texts alone', () => {
    expect(runRule(ID, '发布日期：2024-03-05；2024年10月20日；2024年3月5日。')).toEqual([]);
    expect(runRule(ID, '《2024年03月工作要点》')).toEqual([]);
    for (const f of ['test/fixtures/real/xuzhou-interpretation-page.txt', 'test/fixtures/real/beijing-jzbf-2025-14.txt', 'examples/suzhou-news-report.md']) expect(runRule(ID, readFileSync(f, 'utf8')), f).toEqual([]);
  });

  it('leaves the page metadata that mirrors copy alone (real lines from government websites)', () => {
    expect(runRule(ID, '来源:南通市人民政府 发布时间:2024年08月09日 14:09:22 发布部门:市政府办公室')).toEqual([]);
    expect(runRule(ID, '发布日期:2018年03月27日\n\n生效日期:2018年03月27日')).toEqual([]);
    expect(runRule(ID, '会议于2024年03月05日召开。').length).toBe(1);
  });
});
