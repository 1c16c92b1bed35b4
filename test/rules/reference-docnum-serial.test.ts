import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';

const rule = ruleById('reference-docnum-serial');

new RuleTester().run('reference-docnum-serial', rule, {
  valid: [
    // A plain serial, and 10号 and 100号 (zeros that are not leading).
    '国发〔2024〕10号、国发〔2024〕100号、国发〔2024〕5号',
    ...textCases(['test/fixtures/real/beijing-jzbf-2025-14.txt']),
  ],
  invalid: [
    // 第 and leading zeros in the serial are removed.
    { code: '徐政办发〔2024〕第02号', errors: [{ line: 1, column: 11, endLine: 1, endColumn: 14 }], output: '徐政办发〔2024〕2号' },
    { code: '国发〔2024〕05号', errors: [{ line: 1, column: 9, endLine: 1, endColumn: 11 }], output: '国发〔2024〕5号' },
    { code: '国发〔2024〕第5号', errors: [{ line: 1, column: 9, endLine: 1, endColumn: 11 }], output: '国发〔2024〕5号' },
    { code: '国发〔2024〕第 12 号', errors: [{ line: 1, column: 9, endLine: 1, endColumn: 13 }], output: '国发〔2024〕12 号' },
    { code: '国发〔2024〕第05号', errors: ['文号国发〔2024〕第05号的序号应写作“5号”，不加“第”、不编虚位'], output: '国发〔2024〕5号' },
  ],
});

new RuleTester({ locale: 'en' }).run('reference-docnum-serial in English', rule, {
  valid: [],
  invalid: [{ code: '国发〔2024〕第05号', errors: ['write the serial of 国发〔2024〕第05号 as “5号”, without 第 or a leading zero'], output: '国发〔2024〕5号' }],
});
