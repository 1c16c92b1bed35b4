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
  });

  it('offers, never applies, the weekday of a date whose year comes from earlier in the paragraph', () => {
    // 2024-03-05 was a Tuesday, 2025-03-05 a Wednesday: 星期四 fits neither.
    const text = '2024年3月1日启动，3月5日（星期四）截止。';
    const [f] = runRule(ID, text);
    expect(f.message).toBe('2024年3月5日是星期二，不是星期四');
    expect(f.fix).toBeUndefined();
    expect(f.suggestions?.map((s) => [s.desc, s.fix.text])).toEqual([['改为星期二', '二']]);
    expect(fixWith(ID, text)).toBe(text);
    expect(fixWith(ID, text, { suggestionRules: [ID] })).toBe('2024年3月1日启动，3月5日（星期二）截止。');
  });

  it('says nothing when the date falls on the written weekday in the next year (12月28日 … 1月2日)', () => {
    // 2024-01-02 was a Tuesday; 2023-01-02 a Monday.
    expect(runRule(ID, '2023年12月28日召开预备会，1月2日（星期二）正式开会。')).toEqual([]);
  });

  it('accepts a matching weekday and ignores dates without a year or that do not exist', () => {
    expect(runRule(ID, '2024年3月5日（星期二）；2023年12月31日（周日）；2024年2月29日（星期四）')).toEqual([]);
    expect(runRule(ID, '3月5日（星期三）')).toEqual([]);
    expect(runRule(ID, '2023年2月30日（星期三）')).toEqual([]);
  });
});
