import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { applyEdit, realFindings } from '../helpers/proofreading.js';

const ID = 'number-zero-glyph';

describe('number-zero-glyph', () => {
  it('fixes 0 in a Chinese-numeral year to 〇', () => {
    const text = '本方案自二0二四年一月一日起施行。\n';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('二0二四');
    expect(f.column).toBe(5);
    expect(f.message).toBe('年份「二0二四」中的零应写作「〇」：「二〇二四」');
    expect(applyEdit(text, f.fix)).toBe('本方案自二〇二四年一月一日起施行。\n');
  });

  it('fixes ○, O and 零, and speaks English', () => {
    const text = '二○二三年、二O二五年、二零二六年\n';
    const findings = runRule(ID, text, { locale: 'en' });
    expect(findings.map((f) => f.fix!.text)).toEqual(['二〇二三', '二〇二五', '二〇二六']);
    expect(findings[0].message).toBe('the zero in the year “二○二三” is written “〇”: “二〇二三”');
  });

  it('accepts 二〇二四年 and Arabic years', () => {
    expect(runRule(ID, '二〇二四年三月，2024年，20O4 不是年份。\n')).toEqual([]);
  });

  it('finds nothing in the real texts', () => {
    expect(realFindings(ID)).toEqual([]);
  });
});
