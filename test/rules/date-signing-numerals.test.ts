import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, spanOf } from '../helpers/lint.js';
import { fixWith } from '../helpers/fix.js';

const ID = 'date-signing-numerals';
const SIGNED = (date: string) => `# 关于开展调研的通知\n\n请各单位于二〇二四年三月一日前报送材料。\n\n徐州市人民政府办公室\n\n${date}\n`;

describe(ID, () => {
  it('flags a 成文日期 in Chinese numerals and writes it in Arabic numerals', () => {
    const text = SIGNED('二〇二四年一月八日');
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('二〇二四年一月八日');
    expect(f.message).toBe('成文日期“二〇二四年一月八日”应使用阿拉伯数字：2024年1月8日');
    expect(runRule(ID, text, { locale: 'en' })[0].message).toBe('write the date of the document “二〇二四年一月八日” in Arabic numerals: 2024年1月8日');
    // Only the signing date: the Chinese-numeral date in the body stays.
    expect(fixWith(ID, text)).toBe(SIGNED('2024年1月8日'));
    expect(fixWith(ID, text)).toContain('二〇二四年三月一日前');
  });

  it('reads 二0二四 and 二〇二四年十二月三十一日', () => {
    expect(fixWith(ID, SIGNED('二0二四年十二月三十一日'))).toContain('\n2024年12月31日\n');
  });

  it('accepts Arabic numerals, and dates before GB/T 9704-2012', () => {
    expect(runRule(ID, SIGNED('2024年1月8日'))).toEqual([]);
    expect(runRule(ID, SIGNED('二〇一一年一月八日'))).toEqual([]);
    for (const f of ['test/fixtures/real/beijing-jzbf-2025-14.txt', 'examples/xuzhou-interpretation.md']) expect(runRule(ID, readFileSync(f, 'utf8')), f).toEqual([]);
  });
});
