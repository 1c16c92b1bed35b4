import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { applyAllFixes, readReal, textCases } from '../helpers/proofreading.js';

const ID = 'punctuation-halfwidth';
const rule = ruleById(ID);
const SLIPPED = '各区人民政府，市政府各部门：\n\n现将有关事项通知如下, 请认真贯彻执行。\n';
const HALF_WIDTH = '主要任务:发展人工智能(AI);推进(一)项工作!\n';

new RuleTester().run(ID, rule, {
  valid: [
    // A document written half-width throughout is left alone unless asked.
    HALF_WIDTH,
    // Numbers, Latin phrases, URLs, e-mail, inline code and cited titles.
    [
      '投资1,000万元，上午9:00开会，引用 Hello, world (sic) 一语。',
      '网址 https://www.gov.cn/a,b;c?d=(1) 与邮箱 a.b@gov.cn 照录，代码 `x(1):y,z` 不改。',
      '《广东省行动计划(2023—2025年)》已印发。',
      '',
    ].join('\n\n'),
    // The parentheses of a cited 文号 are reference-cite-paren's (one finding, not three).
    '依据《关于印发规划的通知》(国发〔2021〕29号)执行，加快推进。',
    // Every real text is either full-width (Xuzhou) or a half-width web copy: nothing by default.
    ...textCases(),
  ],
  invalid: [
    {
      name: 'a half-width comma slipped into a full-width document, with the space typed after it',
      code: SLIPPED,
      errors: [{ message: '中文语境中应使用全角「，」，不用半角「,」', line: 3, column: 11, endLine: 3, endColumn: 13 }],
      output: '各区人民政府，市政府各部门：\n\n现将有关事项通知如下，请认真贯彻执行。\n',
    },
    {
      name: 'a Markdown escape goes with the mark it escapes',
      code: '各区人民政府，市政府各部门：现将《方案》印发给你们，请认真执行\\(试行\\)。\n',
      errors: [{ line: 1, column: 32, endLine: 1, endColumn: 34 }, { line: 1, column: 36, endLine: 1, endColumn: 38 }],
      output: '各区人民政府，市政府各部门：现将《方案》印发给你们，请认真执行（试行）。\n',
    },
    {
      code: '依据规划(试行)执行，加快推进。',
      errors: [{ line: 1, column: 5 }, { line: 1, column: 8 }],
      output: '依据规划（试行）执行，加快推进。',
    },
  ],
});

new RuleTester({ locale: 'en' }).run(`${ID} in English`, rule, {
  valid: [],
  invalid: [
    {
      name: 'with { halfWidthDocuments: true }: colons, semicolons and parentheses',
      code: HALF_WIDTH,
      options: { halfWidthDocuments: true },
      errors: [
        { message: 'use the full-width “：” in Chinese text, not the half-width “:”', line: 1, column: 5, endLine: 1, endColumn: 6 },
        { line: 1, column: 12, endLine: 1, endColumn: 13 },
        { line: 1, column: 15, endLine: 1, endColumn: 16 },
        { line: 1, column: 16, endLine: 1, endColumn: 17 },
        { line: 1, column: 19, endLine: 1, endColumn: 20 },
        { line: 1, column: 21, endLine: 1, endColumn: 22 },
        { line: 1, column: 25, endLine: 1, endColumn: 26 },
      ],
      output: '主要任务：发展人工智能（AI）；推进（一）项工作！\n',
    },
  ],
});

describe(ID, () => {
  it('is a warning', () => {
    expect(runRule(ID, SLIPPED)[0].severity).toBe('warn');
  });

  it('on the real Beijing notice says nothing by default, and when asked turns every mark of the mirror into full width and nothing else', () => {
    const text = readReal('test/fixtures/real/beijing-jzbf-2025-14.txt');
    // Line 1 and the last line are the fixture's notes in English: their marks must stay half-width.
    const body = text.slice(text.indexOf('\n') + 1);
    const note = body.slice(body.indexOf('[excerpt ends'));
    expect(runRule(ID, body)).toEqual([]);
    const fixed = applyAllFixes(body, runRule(ID, body, { options: { halfWidthDocuments: true }, severity: 'warn' }));
    expect(fixed).toContain('各区人民政府，市政府各委、办、局，各市属机构：');
    expect(fixed).toContain('《北京市建立未来产业投入增长机制 促进未来产业发展的若干措施》（以下简称《若干措施》）已经市政府同意，现印发给你们');
    expect(fixed).toContain('（一）构建未来产业发展人才高地。');
    // Only the marks (and a space typed after one) changed.
    expect(fixed.endsWith(note)).toBe(true);
    expect(fixed.replace(/[，：；（）\s]/g, '')).toBe(body.replace(note, '').replace(/[,:;()，：；（）\s]/g, '') + note.replace(/\s/g, ''));
  });
});
