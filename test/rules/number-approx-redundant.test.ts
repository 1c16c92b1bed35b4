import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { applyEdit, realFindings } from '../helpers/proofreading.js';

const ID = 'number-approx-redundant';

describe('number-approx-redundant', () => {
  it('reports 约…左右 and suggests dropping either word, never fixing', () => {
    const text = '全市共有规上企业约3000家左右。\n';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('约3000家左右');
    expect(f.message).toBe('「约3000家左右」中「约」与「左右」重复表示约数，保留其一');
    expect(f.fix).toBeUndefined();
    expect(f.suggestions!.map((s) => s.desc)).toEqual(['删去「左右」', '删去「约」']);
    expect(applyEdit(text, f.suggestions![0].fix)).toBe('全市共有规上企业约3000家。\n');
    expect(applyEdit(text, f.suggestions![1].fix)).toBe('全市共有规上企业3000家左右。\n');
  });

  it('reads 大约 and Chinese numerals, and speaks English', () => {
    const text = '投资大约1.5万亿元上下，用时约两个月左右。\n';
    const findings = runRule(ID, text, { locale: 'en' });
    expect(findings.map((f) => spanOf(text, f))).toEqual(['大约1.5万亿元上下', '约两个月左右']);
    expect(findings[0].message).toBe('“大约1.5万亿元上下” marks the number as approximate twice (“大约” and “上下”): keep one');
  });

  it('reports a lower bound stated twice', () => {
    const text = '培育超过100家以上创新平台，不少于3个以上。\n';
    const findings = runRule(ID, text);
    expect(findings.map((f) => spanOf(text, f))).toEqual(['超过100家以上', '不少于3个以上']);
    expect(findings[0].message).toBe('「超过100家以上」中「超过」与「以上」重复表示下限，保留其一');
    expect(applyEdit(text, findings[0].suggestions![0].fix)).toBe('培育超过100家创新平台，不少于3个以上。\n');
  });

  it('accepts one marker, 制约/节约, and 上下游', () => {
    expect(runRule(ID, '约3000家，增长10%左右，节约30%左右的成本，制约10个左右，带动约100家上下游企业，培育10家以上平台，超过半数。\n')).toEqual([]);
  });

  it('finds nothing in the real texts', () => {
    expect(realFindings(ID)).toEqual([]);
  });
});
