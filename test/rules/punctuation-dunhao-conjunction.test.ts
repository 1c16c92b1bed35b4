import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { applyEdit, realFindings } from '../helpers/proofreading.js';

const ID = 'punctuation-dunhao-conjunction';

describe('punctuation-dunhao-conjunction', () => {
  it('removes the 、 before 和', () => {
    const text = '重点发展新材料、和生物医药。\n';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('、');
    expect(f.column).toBe(8);
    expect(f.message).toBe('顿号「、」与连词「和」不连用，删去顿号');
    expect(applyEdit(text, f.fix)).toBe('重点发展新材料和生物医药。\n');
  });

  it('reports 以及 and 或 and speaks English', () => {
    const text = '加强人才、以及资金保障，支持高校、或科研机构。\n';
    const findings = runRule(ID, text, { locale: 'en' });
    expect(findings).toHaveLength(2);
    expect(findings[0].message).toBe('drop the “、” before the conjunction “以及”');
  });

  it('accepts 一、二和三, words that begin with 和/及/与/或, and the section number 三、', () => {
    expect(runRule(ID, '发展新材料、人工智能和生物医药，推进高校、科研机构及时转化、和谐共建、与会代表参与。覆盖喀什、和田地区和河西区、和平区。\n\n三、和美乡村建设\n')).toEqual([]);
  });

  it('finds nothing in the real texts', () => {
    expect(realFindings(ID)).toEqual([]);
  });
});
