import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { fixWith } from '../helpers/fix.js';

const ID = 'reference-docnum-year';
const SIGNED = (body: string, date = '2024年1月8日') => `# 关于开展调研的通知\n\n${body}\n\n徐州市人民政府\n\n${date}\n`;

describe(ID, () => {
  it('flags a two-digit year and suggests the century the document year allows', () => {
    const text = SIGNED('依据《关于推进制造业智能化改造和数字化转型的实施意见》（苏政办发〔22〕5号），制定本方案。');
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('22');
    expect(f.message).toBe('文号苏政办发〔22〕5号的年份“22”不全，应标全四位');
    expect(f.suggestions).toEqual([{ desc: '改为2022', fix: { range: [f.range.start, f.range.end], text: '2022' } }]);
    expect(f.fix).toBeUndefined();
    // Never applied silently; applied when asked for by name.
    expect(fixWith(ID, text)).toBe(text);
    expect(fixWith(ID, text, { suggestionRules: [ID] })).toContain('（苏政办发〔2022〕5号）');
  });

  it('puts a year later than the document in the previous century', () => {
    const [f] = runRule(ID, SIGNED('依据国务院《关于深化改革的通知》（国发〔98〕5号）执行。'), { locale: 'en' });
    expect(f.suggestions?.[0].fix.text).toBe('1998');
    expect(f.suggestions?.[0].desc).toBe('change it to 1998');
  });

  it('offers no suggestion when the document has no year of its own', () => {
    const [f] = runRule(ID, '依据《关于推进制造业智能化改造和数字化转型的实施意见》（苏政办发〔22〕5号），制定本方案。');
    expect(f.suggestions).toBeUndefined();
  });

  it('flags a three-digit year without guessing the missing digit', () => {
    const text = SIGNED('依据《意见》（苏政办发〔202〕5号）执行。');
    const [f] = runRule(ID, text, { locale: 'en' });
    expect(f.message).toBe('the year in 苏政办发〔202〕5号 (“202”) is not written in full; write all four digits');
    expect(f.suggestions).toBeUndefined();
  });

  it('accepts four-digit years', () => {
    expect(runRule(ID, SIGNED('依据《意见》（苏政办发〔2022〕5号）执行。'))).toEqual([]);
  });
});
