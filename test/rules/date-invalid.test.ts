import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';

const run = (text: string, locale?: 'en') => runRule('date-invalid', text, locale ? { locale } : {});

describe('date-invalid', () => {
  it('flags a day past the end of the month', () => {
    const text = '本办法自2022年9月31日起施行。';
    const [f, ...rest] = run(text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('2022年9月31日');
    expect(f.severity).toBe('error');
    expect(f.message).toBe('日期「2022年9月31日」无效：9月只有30天');
  });

  it('flags 29 February in a common year, and names the year', () => {
    const text = '请于2023年2月29日前报送材料。';
    const [f] = run(text);
    expect(spanOf(text, f)).toBe('2023年2月29日');
    expect(f.message).toBe('日期「2023年2月29日」无效：2023年2月只有28天');
  });

  it('flags month 13 and month 0, day 0, Chinese numerals and ISO dates', () => {
    const text = '2024年13月；2024年0月；2024年3月0日；二〇二三年二月三十日；2023-02-29。';
    const fs = run(text);
    expect(fs.map((f) => [spanOf(text, f), f.messageId])).toEqual([
      ['2024年13月', 'month'],
      ['2024年0月', 'month'],
      ['2024年3月0日', 'dayZero'],
      ['二〇二三年二月三十日', 'dayOfYear'],
      ['2023-02-29', 'dayOfYear'],
    ]);
    expect(fs[0].message).toBe('日期「2024年13月」无效：不存在13月');
    expect(fs[3].message).toBe('日期「二〇二三年二月三十日」无效：2023年2月只有28天');
  });

  it('checks the end of a range and a month-day without a year', () => {
    const text = '申报时间为2024年4月1日至4月31日；评审于6月31日完成。';
    const fs = run(text);
    expect(fs.map((f) => spanOf(text, f))).toEqual(['2024年4月1日至4月31日', '6月31日']);
    expect(fs[1].message).toBe('日期「6月31日」无效：6月只有30天');
  });

  it('speaks English when asked', () => {
    const text = '本办法自2022年9月31日起施行。';
    expect(run(text, 'en')[0].message).toBe('invalid date “2022年9月31日”: month 9 has only 30 days');
  });

  it('accepts real dates, leap days and month-days that may fall in a leap year', () => {
    const text = '2024年2月29日，2000年2月29日，2月29日，2023年12月31日，二〇二四年一月八日，2024-01-10。京政办发〔2025〕14号，2025年7月24日。';
    expect(run(text)).toEqual([]);
  });
});
