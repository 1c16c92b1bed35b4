import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { ruleById, runRule, spanOf } from '../helpers/lint.js';
import { fixText } from '../../src/engine/fix.js';
import { resolveRules } from '../../src/engine/rule-settings.js';
import { fixWith } from '../helpers/fix.js';

const ID = 'reference-cite-paren';

describe(ID, () => {
  it('leaves the real Guangdong web copy alone (half-width marks throughout), and flags it when asked', () => {
    const text = readFileSync('test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt', 'utf8');
    expect(runRule(ID, text)).toEqual([]);
    const [f, ...rest] = runRule(ID, text, { options: { halfWidthDocuments: true } });
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('(粤发〔2023〕7号)');
    expect(f.message).toBe('所引文号粤发〔2023〕7号应使用全角圆括号（）括入');
    const fixed = fixText(text, { rules: resolveRules([ruleById(ID)], { [ID]: ['error', { halfWidthDocuments: true }] }) }).output;
    expect(fixed).toBe(text.replace('》(粤发〔2023〕7号)', '》（粤发〔2023〕7号）'));
  });

  it('replaces Markdown-escaped parentheses with their backslashes', () => {
    expect(fixWith(ID, '依据《意见》\\(国发〔2021〕29号\\)执行。')).toBe('依据《意见》（国发〔2021〕29号）执行。');
  });

  it('flags one half-width mark of a pair too', () => {
    const text = '依据《关于高质量建设制造强省的意见》（粤发〔2023〕7号)执行。';
    expect(fixWith(ID, text)).toBe('依据《关于高质量建设制造强省的意见》（粤发〔2023〕7号）执行。');
    expect(runRule(ID, text, { locale: 'en' })[0].message).toBe('put the cited number 粤发〔2023〕7号 in full-width parentheses （）');
  });

  it('accepts full-width parentheses, and leaves parentheses without a 文号 alone', () => {
    expect(runRule(ID, '依据《关于高质量建设制造强省的意见》（粤发〔2023〕7号）执行。')).toEqual([]);
    expect(runRule(ID, '《北京市建立未来产业投入增长机制 促进未来产业发展的若干措施》(以下简称《若干措施》)已经市政府同意。')).toEqual([]);
    expect(runRule(ID, readFileSync('examples/xuzhou-interpretation.md', 'utf8'))).toEqual([]);
  });
});
