import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { applyEdit, realFindings } from '../helpers/proofreading.js';

const ID = 'number-range-unit';

describe('number-range-unit', () => {
  it('reports 9～16亿元 and suggests 9亿～16亿元', () => {
    const text = '投资规模达到9～16亿元。\n';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('9～16亿');
    expect(f.column).toBe(7);
    expect(f.message).toBe('「9～16亿」的前一个数也应带「亿」，否则可能误读');
    expect(f.fix).toBeUndefined();
    expect(f.suggestions![0].desc).toBe('改为「9亿～16亿」');
    expect(applyEdit(text, f.suggestions![0].fix)).toBe('投资规模达到9亿～16亿元。\n');
  });

  it('reports percentages and 万, and speaks English', () => {
    const text = '增长15～30%，补贴3-5万元。\n';
    const findings = runRule(ID, text, { locale: 'en' });
    expect(findings.map((f) => spanOf(text, f))).toEqual(['15～30%', '3-5万']);
    expect(findings[0].message).toBe('the first number of “15～30%” needs its “%” too, or it may be misread');
  });

  it('accepts complete ranges, other units and year spans', () => {
    expect(runRule(ID, '投资9亿～16亿元，增长15%～30%，年产25～30吨，2024—2026年，1.5万亿元。\n')).toEqual([]);
  });

  it('finds nothing in the real texts', () => {
    expect(realFindings(ID)).toEqual([]);
  });
});
