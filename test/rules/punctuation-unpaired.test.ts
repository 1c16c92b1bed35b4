import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { realFindings } from '../helpers/proofreading.js';

const ID = 'punctuation-unpaired';

describe('punctuation-unpaired', () => {
  it('reports an opening mark left unclosed inside a title, at the mark', () => {
    const text = '对《行动计划（2021—2025年》相关内容进行了修订。\n';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(f.severity).toBe('warn');
    expect(f.range.start).toBe(text.indexOf('（'));
    expect(f.message).toBe('「（」在本段中没有对应的「）」');
    expect(f.fix).toBeUndefined();
  });

  it('reports a closing mark with no opener and reversed quotes, in English too', () => {
    const text = '提出”五大行动“，落实意见》要求。\n';
    const findings = runRule(ID, text, { locale: 'en' });
    expect(findings.map((f) => spanOf(text, f))).toEqual(['”', '“', '》']);
    expect(findings[0].message).toBe('“”” has no ““” before it in this paragraph');
  });

  it('accepts nested pairs, a quotation over several paragraphs, ordinals like 1） and apostrophes', () => {
    const text = [
      '《关于印发〈实施方案〉的通知》（苏政发〔2023〕104号）提出“以‘链长制’为抓手”。',
      '“第一段引文，',
      '“第二段引文。”',
      '1）加强组织领导。China’s plan (2024) 照录。',
      '',
    ].join('\n\n');
    expect(runRule(ID, text)).toEqual([]);
  });

  it('finds exactly the real unbalanced title in the Guangdong interpretation and nothing in the other real texts', () => {
    // Line 1 of the fixture is its source note, which quotes the typo; line 5 is the text itself.
    expect(realFindings(ID).filter((f) => !f.includes(' 1:'))).toEqual(['test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt 5:136 (']);
  });
});
