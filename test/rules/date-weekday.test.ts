import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { fixWith } from '../helpers/fix.js';

const ID = 'date-weekday';

describe(ID, () => {
  it('flags a weekday that does not match the date and fixes the one character', () => {
    const text = '全市推进会定于2024年3月5日（星期三）召开。';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('星期三');
    expect(f.message).toBe('2024年3月5日是星期二，不是星期三');
    expect(runRule(ID, text, { locale: 'en' })[0].message).toBe('2024年3月5日 is a Tuesday, not 星期三');
    expect(fixWith(ID, text)).toBe('全市推进会定于2024年3月5日（星期二）召开。');
  });

  it('reads 周X, half-width brackets, no brackets, Sunday as 日 or 天, and a year from earlier in the paragraph', () => {
    expect(fixWith(ID, '2024年3月5日(周三)')).toBe('2024年3月5日(周二)');
    expect(fixWith(ID, '2024年3月10日星期天上午')).toBe('2024年3月10日星期天上午');
    expect(fixWith(ID, '2024年3月11日星期天上午')).toBe('2024年3月11日星期一上午');
    expect(fixWith(ID, '2024年3月9日（星期日）')).toBe('2024年3月9日（星期六）');
    expect(fixWith(ID, '2024年3月1日启动，3月5日（星期三）截止。')).toBe('2024年3月1日启动，3月5日（星期二）截止。');
  });

  it('accepts a matching weekday and ignores dates without a year or that do not exist', () => {
    expect(runRule(ID, '2024年3月5日（星期二）；2023年12月31日（周日）；2024年2月29日（星期四）')).toEqual([]);
    expect(runRule(ID, '3月5日（星期三）')).toEqual([]);
    expect(runRule(ID, '2023年2月30日（星期三）')).toEqual([]);
  });
});
