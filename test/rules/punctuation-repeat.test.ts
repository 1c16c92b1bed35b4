import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { applyEdit, realFindings } from '../helpers/proofreading.js';

const ID = 'punctuation-repeat';

describe('punctuation-repeat', () => {
  it('reports a doubled mark and keeps one full-width mark', () => {
    const text = '推动“链长制”落地。。加强协同,，形成合力、、共同推进！！\n';
    const findings = runRule(ID, text);
    expect(findings.map((f) => spanOf(text, f))).toEqual(['。。', ',，', '、、', '！！']);
    expect(findings[0].column).toBe(10);
    expect(findings[1].message).toBe('标点「，」重复：「,，」');
    expect(applyEdit(text, findings[1].fix)).toBe('推动“链长制”落地。。加强协同，形成合力、、共同推进！！\n');
  });

  it('accepts ？！ and leaves 。。。 to the ellipsis rule; speaks English', () => {
    expect(runRule(ID, '难道不应该这样做吗？！推进。。。\n')).toEqual([]);
    expect(runRule(ID, '落地。。\n', { locale: 'en' })[0].message).toBe('the mark “。” is repeated: “。。”');
  });

  it('finds nothing in the real texts', () => {
    expect(realFindings(ID)).toEqual([]);
  });
});
