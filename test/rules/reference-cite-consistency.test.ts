import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, spanOf } from '../helpers/lint.js';

const ID = 'reference-cite-consistency';

describe(ID, () => {
  it('flags one 文号 cited with two titles, pointing at the first citation', () => {
    const text = '《江苏省人民政府关于加快培育发展未来产业的指导意见》（苏政发〔2023〕104号）提出目标。《关于加快培育未来产业的工作意见》（苏政发〔2023〕104号）另有规定。';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('关于加快培育未来产业的工作意见');
    expect(f.message).toBe('文号苏政发〔2023〕104号此处所引标题为《关于加快培育未来产业的工作意见》，与前文《江苏省人民政府关于加快培育发展未来产业的指导意见》不同');
    expect(f.related).toEqual([expect.objectContaining({ message: '首次引用于此', line: 1, column: 2 })]);
  });

  it('flags one title from one issuer cited with two 文号', () => {
    const text = '《关于加快培育发展未来产业的指导意见》（苏政发〔2023〕104号）提出目标。《关于加快培育发展未来产业的指导意见》（苏政发〔2023〕140号）另有规定。';
    const [f] = runRule(ID, text, { locale: 'en' });
    expect(spanOf(text, f)).toBe('苏政发〔2023〕140号');
    expect(f.message).toBe('《关于加快培育发展未来产业的指导意见》 carries 苏政发〔2023〕140号 here but 苏政发〔2023〕104号 earlier');
  });

  it('accepts a short form, the notice issuing the document, and same-named documents of two issuers', () => {
    expect(runRule(ID, '《江苏省人民政府关于加快培育发展未来产业的指导意见》（苏政发〔2023〕104号）提出目标。《指导意见》（苏政发〔2023〕104号）另有规定。')).toEqual([]);
    expect(runRule(ID, '《关于印发〈若干措施〉的通知》（京政办发〔2025〕14号）和《若干措施》（京政办发〔2025〕14号）')).toEqual([]);
    expect(runRule(ID, '《关于加快培育发展未来产业的指导意见》（苏政发〔2023〕104号）与《关于加快培育发展未来产业的指导意见》（徐政发〔2024〕1号）')).toEqual([]);
  });

  it('finds nothing in the real texts', () => {
    for (const f of ['examples/xuzhou-interpretation.md', 'examples/suzhou-news-report.md', 'test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt']) {
      expect(runRule(ID, readFileSync(f, 'utf8')), f).toEqual([]);
    }
  });
});
