import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, spanOf } from '../helpers/lint.js';

const ID = 'list-duplicate-item';

describe('list-duplicate-item', () => {
  it('reports the second 氢能 in the Suzhou list and suggests removing it with its 、', () => {
    const text = '重点发展前沿新材料、光子芯片与光器件、元宇宙、氢能、数字金融、氢能、空天开发、量子技术等未来产业。\n';
    const findings = runRule(ID, text);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(spanOf(text, f)).toBe('氢能');
    expect(f.range.start).toBe(text.lastIndexOf('氢能'));
    expect(f.severity).toBe('warn');
    expect(f.message).toBe('列举中“氢能”重复出现');
    const { range, text: insert } = f.suggestions![0].fix;
    expect(text.slice(0, range[0]) + insert + text.slice(range[1])).toBe('重点发展前沿新材料、光子芯片与光器件、元宇宙、氢能、数字金融、空天开发、量子技术等未来产业。\n');
    expect(f.related?.[0].column).toBe(text.indexOf('氢能') + 1);
  });

  it('compares items without their quotes, and speaks English', () => {
    const text = '全市实施“五大行动”,包括优势产业“强基行动”、关键技术“攻坚行动”、优势产业强基行动、发展空间“优化行动”和生态伙伴“共建行动”。\n';
    const [f, ...rest] = runRule(ID, text, { locale: 'en' });
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('优势产业强基行动');
    expect(f.message).toBe('“优势产业强基行动” is listed twice');
  });

  it('accepts lists without repeats, including the real texts', () => {
    expect(runRule(ID, '推动关退矿山、深地空间大规模储气、储热、储油、储废等关键技术研发及产业化。\n')).toEqual([]);
    for (const file of ['../../examples/suzhou-news-report.md', '../../examples/xuzhou-interpretation.md']) {
      expect(runRule(ID, readFileSync(new URL(file, import.meta.url), 'utf8'))).toEqual([]);
    }
  });
});
