import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { realFindings } from '../helpers/proofreading.js';

const ID = 'punctuation-unpaired';
const rule = ruleById(ID);

new RuleTester().run(ID, rule, {
  valid: [
    // Nested pairs, a quotation over several paragraphs, ordinals like 1） and apostrophes.
    [
      '《关于印发〈实施方案〉的通知》（苏政发〔2023〕104号）提出“以‘链长制’为抓手”。',
      '“第一段引文，',
      '“第二段引文。”',
      '1）加强组织领导。China’s plan (2024) 照录。',
      '',
    ].join('\n\n'),
  ],
  invalid: [
    {
      name: 'an opening mark left unclosed inside a title, at the mark; no fix',
      code: '对《行动计划（2021—2025年》相关内容进行了修订。\n',
      errors: [{ message: '「（」在本段中没有对应的「）」', line: 1, column: 7, endLine: 1, endColumn: 8 }],
      output: null,
    },
  ],
});

new RuleTester({ locale: 'en' }).run(`${ID} in English`, rule, {
  valid: [],
  invalid: [
    {
      name: 'a closing mark with no opener, and reversed quotes',
      code: '提出”五大行动“，落实意见》要求。\n',
      errors: [{ message: '“”” has no ““” before it in this paragraph', line: 1, column: 3, endLine: 1, endColumn: 4 }, { line: 1, column: 8, endLine: 1, endColumn: 9 }, { line: 1, column: 14, endLine: 1, endColumn: 15 }],
    },
  ],
});

describe(ID, () => {
  it('is a warning', () => {
    expect(runRule(ID, '对《行动计划（2021—2025年》相关内容进行了修订。\n')[0].severity).toBe('warn');
  });

  it('finds exactly the real unbalanced title in the Guangdong interpretation and nothing in the other real texts', () => {
    // Line 1 of the fixture is its source note, which quotes the typo; line 5 is the text itself.
    expect(realFindings(ID).filter((f) => !f.includes(' 1:'))).toEqual(['test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt 5:136 (']);
  });
});
