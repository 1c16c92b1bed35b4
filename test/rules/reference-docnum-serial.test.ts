import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, spanOf } from '../helpers/lint.js';
import { fixWith } from '../helpers/fix.js';

const ID = 'reference-docnum-serial';

describe(ID, () => {
  it('flags 第 and leading zeros in the serial and fixes them', () => {
    const cases = [
      ['徐政办发〔2024〕第02号', '第02', '徐政办发〔2024〕2号'],
      ['国发〔2024〕05号', '05', '国发〔2024〕5号'],
      ['国发〔2024〕第5号', '第5', '国发〔2024〕5号'],
      ['国发〔2024〕第 12 号', '第 12', '国发〔2024〕12 号'],
    ];
    for (const [text, span, fixed] of cases) {
      const [f, ...rest] = runRule(ID, text);
      expect(rest).toEqual([]);
      expect(spanOf(text, f)).toBe(span);
      expect(fixWith(ID, text)).toBe(fixed);
    }
  });

  it('names the right form in both languages', () => {
    expect(runRule(ID, '国发〔2024〕第05号')[0].message).toBe('文号国发〔2024〕第05号的序号应写作“5号”，不加“第”、不编虚位');
    expect(runRule(ID, '国发〔2024〕第05号', { locale: 'en' })[0].message).toBe('write the serial of 国发〔2024〕第05号 as “5号”, without 第 or a leading zero');
  });

  it('accepts a plain serial, 10号 and 100号 (zeros that are not leading), and the real texts', () => {
    expect(runRule(ID, '国发〔2024〕10号、国发〔2024〕100号、国发〔2024〕5号')).toEqual([]);
    expect(runRule(ID, readFileSync('test/fixtures/real/beijing-jzbf-2025-14.txt', 'utf8'))).toEqual([]);
  });
});
