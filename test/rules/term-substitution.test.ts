import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById } from '../helpers/lint.js';
import { resolveRules, RuleConfigError } from '../../src/engine/rule-settings.js';
import { textCases } from '../helpers/proofreading.js';

const ID = 'term-substitution';
const rule = ruleById(ID);

new RuleTester().run(ID, rule, {
  valid: ['截止到2024年底，申报截止时间另行通知。\n', ...textCases()],
  invalid: [
    {
      name: '截止 before a time becomes 截至, with the reason',
      code: '截止2024年底，全市共有企业。\n',
      errors: [{ message: '「截止」应为「截至」（表示“到某时为止”用“截至”；“截止”指到期停止，后面不带时间）', line: 1, column: 1, endLine: 1, endColumn: 3 }],
      output: '截至2024年底，全市共有企业。\n',
    },
    { code: '截止目前\n', errors: 1, output: '截至目前\n' },
    {
      name: 'entries from the config: words, patterns with $1, suggestions only, replacing the defaults',
      code: '建国以来，其它地区新增100多万人。\n',
      options: {
        substitutions: [
          { words: ['建国以来'], expected: '新中国成立以来', reason: '固定表述' },
          { pattern: '(\\d+)多万', expected: '$1万多', fixable: false },
        ],
        replaceDefaults: true,
      },
      errors: [
        { message: '「建国以来」应为「新中国成立以来」（固定表述）', line: 1, column: 1, endLine: 1, endColumn: 5 },
        { line: 1, column: 12, endLine: 1, endColumn: 17, suggestions: [{ output: '建国以来，其它地区新增100万多人。\n' }] },
      ],
      // Only the first entry fixes; the pattern entry is a suggestion.
      output: '新中国成立以来，其它地区新增100多万人。\n',
    },
  ],
});

new RuleTester({ locale: 'en' }).run(`${ID} in English`, rule, {
  valid: [],
  invalid: [
    {
      name: 'the shipped list; 截止日期, cited titles and code stay',
      code: '其它企业按装设备，申报截止日期另行通知，《其它事项的通知》与 `其它` 照录。\n',
      errors: [{ message: '“其它” should be “其他” (official texts write 其他)', line: 1, column: 1, endLine: 1, endColumn: 3 }, { line: 1, column: 5, endLine: 1, endColumn: 7 }],
      output: '其他企业安装设备，申报截止日期另行通知，《其它事项的通知》与 `其它` 照录。\n',
    },
  ],
});

describe(ID, () => {
  it('rejects a malformed entry when the config is read, naming the option', () => {
    expect(() => resolveRules([rule], { [ID]: ['warn', { substitutions: [{ expected: 'x' }] }] })).toThrow(RuleConfigError);
    expect(() => resolveRules([rule], { [ID]: ['warn', { substitutions: [{ pattern: '(', expected: 'x' }] }] })).toThrow(/substitutions/);
  });
});
