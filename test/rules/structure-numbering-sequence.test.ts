import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { applyEdit, realFindings } from '../helpers/proofreading.js';

const ID = 'structure-numbering-sequence';

describe('structure-numbering-sequence', () => {
  it('reports a gap at the number after it and suggests the expected number', () => {
    const text = '一、总体要求\n\n二、主要任务\n\n四、保障措施\n';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(f.severity).toBe('error');
    expect(spanOf(text, f)).toBe('四、');
    expect(f.line).toBe(5);
    expect(f.message).toBe('序号不连续：「二、」之后应为「三、」，此处为「四、」');
    expect(f.fix).toBeUndefined();
    expect(applyEdit(text, f.suggestions![0].fix)).toBe('一、总体要求\n\n二、主要任务\n\n三、保障措施\n');
    expect(f.related?.[0].line).toBe(3);
  });

  it('reports a repeat among numbered paragraphs and Markdown list markers as written, in English', () => {
    const text = '（一）发展目标。全市新增企业。\n\n（二）主要任务。加快建设。\n\n（二）保障措施。加强领导。\n';
    const [f] = runRule(ID, text, { locale: 'en' });
    expect(f.message).toBe('the number “（二）” repeats the previous one; expected “（三）”');
    const list = '一、任务\n\n1. 加强领导。\n2. 加大支持。\n4. 营造氛围。\n';
    const [g] = runRule(ID, list);
    expect(spanOf(list, g)).toBe('4.');
    expect(applyEdit(list, g.suggestions![0].fix)).toBe('一、任务\n\n1. 加强领导。\n2. 加大支持。\n3. 营造氛围。\n');
  });

  it('keeps series apart by parent, restarts at 1, and ignores the 附件说明 and attachments', () => {
    const text = [
      '一、总体要求', '（一）目标。', '（二）任务。', '二、保障措施', '（一）领导。', '（二）支持。',
      '附件：1.重点项目清单', '2.责任分工表', '附件1', '一、项目', '二、分工', '',
    ].join('\n\n');
    expect(runRule(ID, text)).toEqual([]);
  });

  it('finds nothing in the real texts', () => {
    expect(realFindings(ID)).toEqual([]);
  });
});
