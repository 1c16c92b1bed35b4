import { describe, expect, it } from 'vitest';
import { RuleTester } from '../helpers/rule-tester.js';
import { ruleById, runRule } from '../helpers/lint.js';
import { textCases } from '../helpers/proofreading.js';
import { REGISTRY, KNOWN, doc } from '../fixtures/registry.js';

const ID = 'date-anachronism';
const rule = ruleById(ID);
const head = (date?: string) => `---\n${date ? `date: ${date}\n` : ''}region: 徐州市\nprovince: 江苏省\nlevel: city\n---\n\n`;
const CITES_PLAN = '根据《徐州市加快培育发展未来产业三年行动方案（2024-2026年）》（徐政办发〔2024〕2号），制定本方案。\n';
const citesMiit = (date: string) => head(date) + '落实《关于推动未来产业创新发展的实施意见》（工信部联科〔2024〕12号）。\n';

new RuleTester({ catalogues: REGISTRY }).run(ID, rule, {
  valid: [
    // Month precision, with a month of slack for a publication date.
    citesMiit('2024-01-20'),
    citesMiit('2023-12-28'),
    head('2024-01-05') + '根据《徐州市加快培育发展未来产业三年行动方案（2024-2026年）》（徐政办发〔2024〕2号）。\n',
    // A plan issued the year before its period (Guangdong 2020 → 2021-2025).
    '2020年9月省工业和信息化厅会同省发展改革委、科技厅、商务厅、市场监管局、通信管理局联合印发了《广东省发展新一代电子信息战略性支柱产业集群行动计划(2021-2025年)》。\n',
    head() + '市政府于2025年印发《某市“十五五”规划》。\n',
    // A 通知 is not compared with the 措施 it issues (same 文号), even when its own date is impossible.
    ['京政办发〔2025〕14号', '', '《北京市建立未来产业投入增长机制 促进未来产业发展的若干措施》已经市政府同意，现印发给你们。', '', '北京市人民政府办公厅', '', '2025年2月30日', ''].join('\n'),
  ],
  invalid: [
    {
      name: 'a document dated before a document it cites (registry date)',
      code: head('2023-12-20') + CITES_PLAN,
      errors: [
        {
          message: '本文件成文日期为2023年12月，早于所引《徐州市加快培育发展未来产业三年行动方案（2024-2026年）》的2024年1月8日',
          line: 8, column: 4, endLine: 8, endColumn: 35,
          related: [{ message: '本文件成文日期', line: 2, column: 7, endLine: 2, endColumn: 17 }],
        },
      ],
    },
    { code: citesMiit('2023-11-20'), errors: 1 },
    {
      name: 'an issue date more than a year before the planning period in the title',
      code: head() + '省政府于2018年3月印发《某某省“十四五”未来产业发展规划》。市政府于2019年印发《某市“十五五”规划》。\n',
      errors: [{ message: '此处写《某某省“十四五”未来产业发展规划》于2018年3月印发，比其规划期（2021—2025年）早了3年', line: 7, column: 5, endLine: 7, endColumn: 12 }, { line: 7, column: 37, endLine: 7, endColumn: 42 }],
    },
    {
      name: 'a cited document the text dates after this document',
      code: head('2024-01-10') + '市政府于2024年3月印发《某方案》。\n',
      errors: [{ message: '此处写《某方案》于2024年3月印发，晚于本文件成文日期2024年1月', line: 8, column: 5, endLine: 8, endColumn: 12 }],
    },
  ],
});

new RuleTester({ catalogues: REGISTRY, locale: 'en' }).run(`${ID} in English`, rule, {
  valid: [],
  invalid: [
    {
      code: head('2023-12-20') + CITES_PLAN,
      errors: ['this document is dated 2023年12月, before 《徐州市加快培育发展未来产业三年行动方案（2024-2026年）》 which it cites (2024年1月8日)'],
    },
  ],
});

// The registry knows a city plan that implements the national 纲要.
const IMPLEMENTS = { catalogues: [], documents: [...KNOWN, doc({ id: 'x', title: '徐州市未来产业发展实施方案', issuer: '徐州市人民政府', province: '江苏省', level: 'city', implements: ['national-14th-fyp'] })] };

new RuleTester({ catalogues: IMPLEMENTS }).run(`${ID} against the document a cited one implements`, rule, {
  valid: [head() + '2021年5月，市政府印发《徐州市未来产业发展实施方案》。\n'],
  invalid: [
    {
      code: head() + '2020年5月，市政府印发《徐州市未来产业发展实施方案》。\n',
      errors: [
        {
          message: '此处写《徐州市未来产业发展实施方案》于2020年5月印发，早于它所落实的《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》（2021年3月）',
          line: 7, column: 1, endLine: 7, endColumn: 8,
        },
      ],
    },
  ],
});

describe(ID, () => {
  it('is an error', () => {
    expect(runRule(ID, head('2023-12-20') + CITES_PLAN, { catalogues: REGISTRY })[0].severity).toBe('error');
  });

  it('leaves a date the registry contradicts to date-reference-mismatch (the Xuzhou example)', () => {
    const [{ code }] = textCases(['examples/xuzhou-interpretation.md']);
    expect(runRule(ID, code, { catalogues: REGISTRY })).toEqual([]);
    expect(runRule('date-reference-mismatch', code, { catalogues: REGISTRY })).toHaveLength(1);
  });
});
