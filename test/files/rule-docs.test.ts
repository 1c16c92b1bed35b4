import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { loadRuleDoc, parseRuleDoc } from '../../src/files/rule-docs.js';

describe('rule doc pages', () => {
  it('every built-in rule has a page with both explanations and at least one example', () => {
    for (const rule of builtinRules) {
      const doc = loadRuleDoc(rule.meta);
      expect(doc, rule.meta.id).toBeDefined();
      expect(doc!.summary['zh-CN'], rule.meta.id).toMatch(/\p{Script=Han}/u);
      expect(doc!.summary.en, rule.meta.id).toMatch(/[a-z]/);
      expect(doc!.explanation['zh-CN'].length, rule.meta.id).toBeGreaterThan(10);
      expect(doc!.explanation.en.length, rule.meta.id).toBeGreaterThan(10);
      expect(doc!.examples.invalid.length + doc!.examples.valid.length, rule.meta.id).toBeGreaterThan(0);
    }
  });

  it('does not take a heading inside a fenced example for a section', () => {
    const doc = parseRuleDoc('x', '/x.md', '# x\n\n摘要 · Summary\n\n## 说明\n\n中文。\n\n## Explanation\n\nEnglish.\n\n## Examples\n\nInvalid:\n\n```markdown\n## 二、主要任务\n```\n\nValid:\n\n~~~\nok\n~~~\n');
    expect(doc.explanation).toEqual({ 'zh-CN': '中文。', en: 'English.' });
    expect(doc.examples).toEqual({ invalid: ['## 二、主要任务'], valid: ['ok'] });
    expect(doc.summary).toEqual({ 'zh-CN': '摘要', en: 'Summary' });
  });

  it('returns undefined for a missing page or a URL', () => {
    expect(loadRuleDoc({ id: 'nope', docs: 'rules/nope.md' })).toBeUndefined();
    expect(loadRuleDoc({ id: 'web', docs: 'https://example.org/rule' })).toBeUndefined();
  });
});
