import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, spanOf } from '../helpers/lint.js';

const ID = 'reference-cite-without-title';

describe(ID, () => {
  it('flags a bare 文号 in running text', () => {
    const text = '按照苏政发〔2023〕104号文件要求，结合我市实际，制定本方案。';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('苏政发〔2023〕104号');
    expect(f.severity).toBe('warn');
    expect(f.message).toBe('引用了文号苏政发〔2023〕104号而未写文件标题；应写作“《文件标题》（苏政发〔2023〕104号）”');
    expect(runRule(ID, text, { locale: 'en' })[0].message).toBe('the number 苏政发〔2023〕104号 is cited without the document’s title; write “《title》（苏政发〔2023〕104号）”');
  });

  it('accepts the document’s own 文号 line, a labelled 文号, a 文号 after a title, and one already cited with its title', () => {
    expect(runRule(ID, '# 关于开展调研的通知\n\n徐政办发〔2024〕2号\n\n各单位：请按时报送。\n')).toEqual([]);
    expect(runRule(ID, '发文字号：徐政办发〔2024〕2号')).toEqual([]);
    expect(runRule(ID, '《关于贯彻落实国发〔2024〕5号文件的通知》已印发。')).toEqual([]);
    expect(runRule(ID, '北京市人民政府办公厅关于印发若干措施的通知（京政办发〔2025〕14号）')).toEqual([]);
    expect(runRule(ID, '《指导意见》（苏政发〔2023〕104号）提出目标。按照苏政发〔2023〕104号文件要求推进。')).toEqual([]);
  });

  it('finds nothing in the real texts', () => {
    for (const f of ['examples/xuzhou-interpretation.md', 'test/fixtures/real/beijing-jzbf-2025-14.txt', 'test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt', 'test/fixtures/real/xuzhou-interpretation-page.txt']) {
      expect(runRule(ID, readFileSync(f, 'utf8')), f).toEqual([]);
    }
  });
});
