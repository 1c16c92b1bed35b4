import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { applyEdit, realFindings } from '../helpers/proofreading.js';

const ID = 'punctuation-heading-stop';

describe('punctuation-heading-stop', () => {
  it('removes the full stop closing a Markdown heading', () => {
    const text = '# 关于推进制造业高质量发展的通知。\n';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('。');
    expect(f.column).toBe(18);
    expect(f.message).toBe('标题「关于推进制造业高质量发展的通知。」末尾不加「。」');
    expect(applyEdit(text, f.fix)).toBe('# 关于推进制造业高质量发展的通知\n');
  });

  it('reports a standalone 一、 heading line and speaks English', () => {
    const text = '一、总体要求。\n';
    const [f] = runRule(ID, text, { locale: 'en' });
    expect(f.message).toBe('the heading “一、总体要求。” does not end with “。”');
  });

  it('reports a plain-text title line at the top of the document', () => {
    const text = '关于印发北京市若干措施的通知。\n\n各区人民政府：\n';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(f.range.start).toBe(text.indexOf('。'));
    expect(runRule(ID, '各区人民政府：\n\n现将有关事项通知如下。\n\n现就关于加快发展的通知。\n\n请认真贯彻落实关于推进工作的意见。\n')).toEqual([]);
  });

  it('accepts run-in headings, headings ending in …… or a version number, and sentences', () => {
    expect(runRule(ID, '（一）构建人才高地。以项目制为牵引。\n\n一、总体要求\n\n## 推进……\n\n## 版本 1.\n\n坚持创新驱动。\n')).toEqual([]);
  });

  it('finds nothing in the real texts', () => {
    expect(realFindings(ID)).toEqual([]);
  });
});
