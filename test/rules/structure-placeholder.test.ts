import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { realFindings } from '../helpers/proofreading.js';

const ID = 'structure-placeholder';

describe('structure-placeholder', () => {
  it('reports ××, XXX, 待定 and a fill-in prompt in 【】', () => {
    const text = '××市人民政府：联系人：XXX，联系电话待定。推进【项目名称】建设。\n';
    const findings = runRule(ID, text);
    expect(findings.map((f) => spanOf(text, f))).toEqual(['××', 'XXX', '待定', '【项目名称】']);
    expect(findings[0].severity).toBe('warn');
    expect(findings[1].column).toBe(13);
    expect(findings[1].message).toBe('「XXX」像是未填写的占位符，请填写实际内容');
    expect(runRule(ID, '○○县\n', { locale: 'en' })[0].message).toBe('“○○” looks like a placeholder left unfilled');
  });

  it('accepts Latin words, a single ×, and bracketed labels without a prompt', () => {
    expect(runRule(ID, 'XXL 号码、3×4 矩阵、Xx 不算；【政策解读】推进重点项目建设。\n')).toEqual([]);
  });

  it('finds nothing in the real texts', () => {
    expect(realFindings(ID)).toEqual([]);
  });
});
