import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { applyEdit, realFindings } from '../helpers/proofreading.js';

const ID = 'number-range-sign';

describe('number-range-sign', () => {
  it('fixes the hyphen of a numeric range to ～', () => {
    const text = '每户补贴10-20万元。\n';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('-');
    expect(f.column).toBe(7);
    expect(f.message).toBe('数值范围「10-20」应使用浪纹线「～」，不用「-」');
    expect(applyEdit(text, f.fix)).toBe('每户补贴10～20万元。\n');
  });

  it('fixes ~ and counts of years, and speaks English', () => {
    const text = '年产25~30吨，用时3-5年，培训2－3次。\n';
    const findings = runRule(ID, text, { locale: 'en' });
    expect(findings.map((f) => spanOf(text, f))).toEqual(['~', '-', '－']);
    expect(findings[0].message).toBe('join the numeric range “25~30” with “～”, not “~”');
  });

  it('leaves phone numbers, standards, model numbers, dates and year spans alone', () => {
    const text = '电话0512-68612345，依据GB/T 15835-2011，型号HL-2M设备，2024-03-05，2024-2026年，3-5月，第5-2号。\n';
    expect(runRule(ID, text)).toEqual([]);
  });

  it('finds nothing in the real texts', () => {
    expect(realFindings(ID)).toEqual([]);
  });
});
