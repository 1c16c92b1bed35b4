import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const rule = ruleById('number-fullwidth-digit');

new RuleTester().run('number-fullwidth-digit', rule, {
  valid: [
    // Cited titles and inline code stay as written.
    '依据《２０２４年工作要点》，代码 `１２` 照录，到2026年。\n',
    ...textCases(),
  ],
  invalid: [
    {
      name: 'full-width digits and a full-width decimal point become ASCII',
      code: '到２０２６年，研发投入增长１．５倍。\n',
      errors: [{ message: '全角数字「２０２６」应写作半角「2026」', line: 1, column: 2, endLine: 1, endColumn: 6 }, { line: 1, column: 14, endLine: 1, endColumn: 17 }],
      output: '到2026年，研发投入增长1.5倍。\n',
    },
  ],
});

new RuleTester({ locale: 'en' }).run('number-fullwidth-digit in English', rule, {
  valid: [],
  invalid: [{ code: '第３批\n', errors: ['write the full-width digits “３” as “3”'], output: '第3批\n' }],
});

describe('number-fullwidth-digit severity', () => {
  it('is an error', () => {
    expect(runRule('number-fullwidth-digit', '第３批\n')[0].severity).toBe('error');
  });
});
