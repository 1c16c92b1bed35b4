import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { model, spanOf } from '../helpers/lint.js';

// The facts the proofreading rules read, each from a real sentence or a real 文号 form.
describe('文号 as written', () => {
  it('keeps brackets, year and serial as written, with their ranges', () => {
    const text = '徐政办发〔2024〕第02号';
    const [dn] = model(text).docNumbers;
    expect(dn).toMatchObject({ year: 2024, serial: 2, yearText: '2024', serialText: '第02', brackets: { open: '〔', close: '〕' } });
    expect(spanOf(text, { range: dn.serialRange! })).toBe('第02');
    expect(spanOf(text, { range: dn.brackets!.range })).toBe('〔2024〕');
  });

  it('reads 国发[2021]29号 and 京政办发（２０２５）14号 with the marks they were written with', () => {
    const text = '依据国发[2021]29号和京政办发（２０２５）14号执行。';
    const [a, b] = model(text).docNumbers;
    expect(a.brackets).toMatchObject({ open: '[', close: ']' });
    expect(b).toMatchObject({ year: 2025, yearText: '２０２５', brackets: { open: '（', close: '）' } });
    expect(spanOf(text, { range: b.yearRange })).toBe('２０２５');
  });
});

describe('citations', () => {
  it('records the half-width parentheses of the real Guangdong citation', () => {
    const text = readFileSync('test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt', 'utf8');
    const ref = model(text).references.find((r) => r.docNumber)!;
    expect(ref.docNumberParens).toMatchObject({ open: '(', close: ')' });
    expect(spanOf(text, { range: ref.docNumberParens!.range })).toBe('(粤发〔2023〕7号)');
  });

  it('records 《》 nested one level inside a title', () => {
    const text = '根据《江苏省人民政府关于印发《江苏省“十四五”制造业高质量发展规划》的通知》执行。';
    const [ref] = model(text).references;
    expect(ref.nestedTitles!.map((r) => spanOf(text, { range: r }))).toEqual(['《江苏省“十四五”制造业高质量发展规划》']);
    expect(model('《国务院关于印发〈规划〉的通知》').references[0].nestedTitles).toBeUndefined();
  });
});

describe('dates as written', () => {
  it('records leading zeros, the weekday after a date, and the connector of a span', () => {
    const text = '本方案实施期为2024-2026年，推进会定于2024年03月05日（星期三）召开。';
    const m = model(text);
    const [span, day] = m.dates;
    expect(span.connector).toMatchObject({ text: '-' });
    expect(spanOf(text, { range: span.connector!.range })).toBe('-');
    expect(day.paddedZeros!.map((r) => text.slice(r.start - 1, r.end + 1))).toEqual(['年03', '月05']);
    expect(day.weekday).toMatchObject({ text: '星期三', value: 3 });
    expect(spanOf(text, { range: day.weekday!.dayRange })).toBe('三');
  });

  it('keeps the connector of a span read in a real title (2021-2025年)', () => {
    const text = readFileSync('test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt', 'utf8');
    const span = model(text).dates.find((d) => d.kind === 'range' && d.connector?.text === '-');
    expect(span && spanOf(text, { range: span.valueRange })).toBe('2021-2025年');
  });

  it('finds two-digit years before a month or 底, not durations', () => {
    const text = '于24年3月底前报送，25年底完成；用30年时间，历时10年3个月，到2025年7月。';
    expect(model(text).shortYearDates.map((d) => [d.text, d.yearText, d.month])).toEqual([['24年', '24', 3], ['25年', '25', undefined]]);
  });
});
