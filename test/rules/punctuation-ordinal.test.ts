import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { applyEdit, realFindings } from '../helpers/proofreading.js';

const ID = 'punctuation-ordinal';

describe('punctuation-ordinal', () => {
  it('fixes 一. to 一、 at the start of a heading paragraph', () => {
    const text = '一. 总体要求\n';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(f.severity).toBe('error');
    expect(spanOf(text, f)).toBe('.');
    expect(f.message).toBe('序数「一」后应用顿号「、」，不用「.」');
    expect(applyEdit(text, f.fix)).toBe('一、 总体要求\n');
  });

  it('removes the mark after （一） and （1）, in Markdown headings too, and speaks English', () => {
    const text = '## （二）、主要任务\n\n（1）.加强组织领导。\n';
    const findings = runRule(ID, text, { locale: 'en' });
    expect(findings.map((f) => spanOf(text, f))).toEqual(['、', '.']);
    expect(findings[0].message).toBe('no “、” after the bracketed section number “（二）”');
    expect(applyEdit(text, findings[1].fix)).toBe('## （二）、主要任务\n\n（1）加强组织领导。\n');
  });

  it('never touches 一、 （一） 1. 1、 or a decimal after a bracket', () => {
    expect(runRule(ID, '一、总体要求\n\n（一）发展目标。\n\n1. 加强领导。\n\n1、强化考核。\n\n（2）.5亿元不是序数。\n\n第一，坚持创新。\n')).toEqual([]);
  });

  it('fixes 1、 to 1. only with { arabic: "period" }', () => {
    const text = '1、强化考核。\n\n2. 营造氛围。\n\n3、4月份完成。\n';
    expect(runRule(ID, text)).toEqual([]);
    const [f, ...rest] = runRule(ID, text, { options: { arabic: 'period' }, severity: 'error' });
    expect(rest).toEqual([]);
    expect(f.message).toBe('序数「1」后应用下脚点「.」，不用「、」');
    expect(applyEdit(text, f.fix)).toBe('1.强化考核。\n\n2. 营造氛围。\n\n3、4月份完成。\n');
  });

  it('finds nothing in the real texts', () => {
    expect(realFindings(ID)).toEqual([]);
  });
});
