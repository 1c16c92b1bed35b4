import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { realFindings } from '../helpers/proofreading.js';

const ID = 'structure-heading-order';

describe('structure-heading-order', () => {
  it('reports a （一） series that comes before the 一、 of the same part, once, at its first number', () => {
    const text = '（一）发展目标。到2026年，全市新增企业100家。\n\n（二）主要任务。加快建设创新平台。\n\n一、保障措施\n';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(f.severity).toBe('warn');
    expect(spanOf(text, f)).toBe('（一）');
    expect(f.message).toBe('「（一）」出现在上一层级的「一、」之前；层次序数依次为一、（一）1.（1）');
    expect(f.related?.[0].line).toBe(5);
  });

  it('reports skipped levels only when asked, in English too', () => {
    const text = '一、总体要求\n\n1. 加强组织领导。\n\n2. 加大政策支持。\n';
    expect(runRule(ID, text)).toEqual([]);
    const [f, ...rest] = runRule(ID, text, { options: { allowSkippedLevels: false }, locale: 'en' });
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('1.');
    expect(f.message).toBe('“1.” sits directly under “一、”, skipping the “（一）” level');
  });

  it('accepts the standard order, a document that uses only （一）, and a new part under an unnumbered heading', () => {
    expect(runRule(ID, '一、总体要求\n\n（一）发展目标。\n\n1. 加强领导。\n\n（1）落实责任。\n\n二、保障措施\n')).toEqual([]);
    expect(runRule(ID, '（一）加强组织领导。\n\n（二）加大政策支持。\n')).toEqual([]);
    expect(runRule(ID, '## 通知\n\n（一）加强组织领导。\n\n## 实施方案\n\n一、总体要求\n')).toEqual([]);
  });

  it('finds nothing in the real texts', () => {
    expect(realFindings(ID)).toEqual([]);
  });
});
