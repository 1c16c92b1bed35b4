import { describe, it, expect } from 'vitest';
import { model, spanOf } from '../helpers/lint.js';
import { compareDates, dateProblem, formatDate, formatLike } from '../../src/model/dates.js';

/** The dates of a one-paragraph text, as [text, kind, value, end?] with their spans checked. */
function dates(text: string) {
  const m = model(text);
  for (const d of m.dates) expect(spanOf(text, d)).toBe(d.text);
  return m.dates;
}

describe('extractDates: points', () => {
  it('reads year-month, year-month-day and ISO forms', () => {
    const text = '2023年11月，2024年1月8日，2024-01-10，2024.1.10，2024/01/10。';
    const d = dates(text);
    expect(d.map((x) => [x.text, x.kind, x.precision, x.value])).toEqual([
      ['2023年11月', 'point', 'month', { year: 2023, month: 11 }],
      ['2024年1月8日', 'point', 'day', { year: 2024, month: 1, day: 8 }],
      ['2024-01-10', 'point', 'day', { year: 2024, month: 1, day: 10 }],
      ['2024.1.10', 'point', 'day', { year: 2024, month: 1, day: 10 }],
      ['2024/01/10', 'point', 'day', { year: 2024, month: 1, day: 10 }],
    ]);
    expect(d.every((x) => !x.missingYear && !x.chineseNumerals)).toBe(true);
  });

  it('reads Chinese numerals, with 〇, 0, 零 and ○ in the year', () => {
    const d = dates('二〇二三年十一月，二〇二四年一月八日，二0二四年一月，二零二四年三月，二○二四年五月。');
    expect(d.map((x) => [x.text, x.value, x.chineseNumerals])).toEqual([
      ['二〇二三年十一月', { year: 2023, month: 11 }, true],
      ['二〇二四年一月八日', { year: 2024, month: 1, day: 8 }, true],
      ['二0二四年一月', { year: 2024, month: 1 }, true],
      ['二零二四年三月', { year: 2024, month: 3 }, true],
      ['二○二四年五月', { year: 2024, month: 5 }, true],
    ]);
  });

  it('reads full-width digits and spaced dates with exact source spans', () => {
    const text = '截止日期为２０２４年１月８日，会议定于2024 年 3 月召开。';
    const d = dates(text);
    expect(d.map((x) => [spanOf(text, { range: x.valueRange }), x.value])).toEqual([
      ['２０２４年１月８日', { year: 2024, month: 1, day: 8 }],
      ['2024 年 3 月', { year: 2024, month: 3 }],
    ]);
  });

  it('reads a bare year at year precision', () => {
    const d = dates('2035年远景目标，2024年度，2023年以来。');
    expect(d.map((x) => [x.text, x.kind, x.precision])).toEqual([
      ['2035年', 'point', 'year'],
      ['2024年', 'point', 'year'],
      ['2023年', 'point', 'year'],
    ]);
  });

  it('marks a month-day without a year, with the year of an earlier date in the block', () => {
    const d = dates('2024年1月8日召开会议，9月1日起施行。');
    expect(d[1]).toMatchObject({ text: '9月1日', missingYear: true, contextYear: 2024, value: { month: 9, day: 1 } });
    const news = dates('9月1日,苏州市政府出台《关于加快培育未来产业的工作意见》,贯彻落实创新驱动发展战略。');
    expect(news[0]).toMatchObject({ text: '9月1日', missingYear: true, precision: 'day' });
    expect(news[0].contextYear).toBeUndefined();
  });

  it('records the word that stands for the year (每年, 次年)', () => {
    const d = dates('每年9月1日开展评估，次年3月1日前公布。');
    expect(d.map((x) => [x.text, x.relativeYear])).toEqual([
      ['9月1日', '每年'],
      ['3月1日前', '次年'],
    ]);
  });

  it('keeps impossible values as written so date-invalid can see them', () => {
    const d = dates('2022年9月31日，2023年2月29日，2024年13月，二〇二三年二月三十日，2023-02-29。');
    expect(d.map((x) => x.value)).toEqual([
      { year: 2022, month: 9, day: 31 },
      { year: 2023, month: 2, day: 29 },
      { year: 2024, month: 13 },
      { year: 2023, month: 2, day: 30 },
      { year: 2023, month: 2, day: 29 },
    ]);
  });
});

describe('extractDates: ranges and deadlines', () => {
  it('reads year ranges in every dash and with 至', () => {
    const d = dates('2024—2026年，2024-2026年，2024～2026年，2024年至2026年，行动计划（2024—2026年），行动计划（2021—2025）。');
    expect(d.map((x) => [x.text, x.kind, x.value.year, x.end?.year])).toEqual([
      ['2024—2026年', 'range', 2024, 2026],
      ['2024-2026年', 'range', 2024, 2026],
      ['2024～2026年', 'range', 2024, 2026],
      ['2024年至2026年', 'range', 2024, 2026],
      ['2024—2026年', 'range', 2024, 2026],
      ['2021—2025', 'range', 2021, 2025],
    ]);
  });

  it('reads month ranges and point-to-point ranges', () => {
    const d = dates('2024年1—6月，2024年1月至2026年12月，9月1日至10月31日。');
    expect(d.map((x) => [x.text, x.precision, x.value, x.end])).toEqual([
      ['2024年1—6月', 'month', { year: 2024, month: 1 }, { year: 2024, month: 6 }],
      ['2024年1月至2026年12月', 'month', { year: 2024, month: 1 }, { year: 2026, month: 12 }],
      ['9月1日至10月31日', 'day', { month: 9, day: 1 }, { month: 10, day: 31 }],
    ]);
  });

  it('reads deadlines with their words in the range and the date alone in valueRange', () => {
    const text = '到2030年，到2030年底，至2030年，2030年前，2030年以前，2025年底前完成，2024年内完成，3月1日前报送。';
    const d = dates(text);
    expect(d.map((x) => [x.text, x.kind, x.qualifier, spanOf(text, { range: x.valueRange })])).toEqual([
      ['到2030年', 'deadline', 'by', '2030年'],
      ['到2030年底', 'deadline', 'end', '2030年'],
      ['至2030年', 'deadline', 'by', '2030年'],
      ['2030年前', 'deadline', 'before', '2030年'],
      ['2030年以前', 'deadline', 'before', '2030年'],
      ['2025年底前', 'deadline', 'end', '2025年'],
      ['2024年内', 'deadline', 'within', '2024年'],
      ['3月1日前', 'deadline', 'before', '3月1日'],
    ]);
  });

  it('does not read 前后, 前三季度 or 截至 as deadlines', () => {
    const d = dates('力争2030年前后建成，2023年前三季度，2023年前10个月，截至2023年底，达到2025年的水平。');
    expect(d.map((x) => [x.text, x.kind])).toEqual([
      ['2030年', 'point'],
      ['2023年', 'point'],
      ['2023年', 'point'],
      ['2023年底', 'point'],
      ['2025年', 'point'],
    ]);
  });
});

describe('extractDates: what is not a date', () => {
  it('skips amounts, durations, two-digit years and 文号', () => {
    const d = dates('全市未来产业总产值突破5000亿元，重点发展6英寸以上衬底，引育2个项目，连续2年超过10000亿元，30年不变，形成1到2个集群，徐政发〔2024〕1号，上下5000年。');
    expect(d).toEqual([]);
  });

  it('reads the Suzhou news report: the headline year, 9月1日 and three deadlines', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync('examples/suzhou-news-report.md', 'utf8');
    const d = model(text).dates;
    expect(d.map((x) => [x.text, x.kind])).toEqual([
      ['2030年', 'point'],
      ['9月1日', 'point'],
      ['到2030年', 'deadline'],
      ['到2035年', 'deadline'],
      ['到2030年', 'deadline'],
    ]);
  });

  it('reads the unbalanced title bracket of the Guangdong text as a range', () => {
    const d = dates('对《广东省发展新一代电子信息战略性支柱产业集群行动计划(2021—2025年》相关内容进行了修订。');
    expect(d.map((x) => [x.text, x.kind])).toEqual([['2021—2025年', 'range']]);
  });
});

describe('calendar helpers', () => {
  it('knows month lengths and leap years', () => {
    expect(dateProblem({ year: 2022, month: 9, day: 31 })).toMatchObject({ kind: 'day', days: 30 });
    expect(dateProblem({ year: 2023, month: 2, day: 29 })).toMatchObject({ kind: 'day', days: 28, year: 2023 });
    expect(dateProblem({ year: 2024, month: 2, day: 29 })).toBeUndefined();
    expect(dateProblem({ year: 1900, month: 2, day: 29 })).toMatchObject({ days: 28 });
    expect(dateProblem({ year: 2000, month: 2, day: 29 })).toBeUndefined();
    expect(dateProblem({ month: 2, day: 29 })).toBeUndefined();
    expect(dateProblem({ year: 2024, month: 13 })).toEqual({ kind: 'month', month: 13 });
    expect(dateProblem({ year: 2024, month: 0 })).toEqual({ kind: 'month', month: 0 });
    expect(dateProblem({ year: 2024, month: 1, day: 0 })).toMatchObject({ kind: 'day', day: 0 });
  });

  it('compares at a precision and formats like the written date', () => {
    expect(compareDates({ year: 2023, month: 11, day: 30 }, { year: 2023, month: 11 }, 'month')).toBe(0);
    expect(compareDates({ year: 2013, month: 11 }, { year: 2023, month: 11 }, 'month')).toBeLessThan(0);
    expect(formatDate({ year: 2023, month: 11, day: 8 }, 'month')).toBe('2023年11月');
    expect(formatDate({ year: 2023, month: 11, day: 8 }, 'day', true)).toBe('二〇二三年十一月八日');
    const [iso, cn] = model('2013-01-08，二〇一三年十一月。').dates;
    expect(formatLike(iso, { year: 2023, month: 1, day: 8 })).toBe('2023-01-08');
    expect(formatLike(cn, { year: 2023, month: 11 })).toBe('二〇二三年十一月');
  });
});

describe('five-year plan ends', () => {
  it('reads 到“十四五”末 and 十五五期末 as deadlines at the plan’s last year', () => {
    const text = '到“十四五”末，建成10个园区；十五五期末，产值翻番。\n';
    const dates = model(text).dates;
    expect(dates.map((d) => [d.kind, d.value.year, d.qualifier, spanOf(text, d)])).toEqual([
      ['deadline', 2025, 'end', '到“十四五”末'],
      ['deadline', 2030, 'end', '十五五期末'],
    ]);
  });
});
