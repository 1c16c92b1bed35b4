import { describe, it, expect } from 'vitest';
import { runRule, spanOf } from '../helpers/lint.js';
import { applyEdit, realFindings } from '../helpers/proofreading.js';

const ID = 'number-approx-dunhao';

describe('number-approx-dunhao', () => {
  it('removes the 、 of an approximate number', () => {
    const text = '全市新增企业三、四个。\n';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('、');
    expect(f.column).toBe(8);
    expect(f.message).toBe('概数「三、四」中间不加顿号，应为「三四」');
    expect(applyEdit(text, f.fix)).toBe('全市新增企业三四个。\n');
    expect(runRule(ID, '用时五、六天。\n', { locale: 'en' })[0].message).toBe('the approximate number “五、六” takes no “、”: write “五六”');
  });

  it('accepts abbreviations, non-adjacent numerals, section numbers and 十三、十四', () => {
    expect(runRule(ID, '一、二年级学生和一、二级医院参加，三、五个不是概数，十三、十四个。\n\n三、四个坚持\n')).toEqual([]);
    expect(runRule(ID, '每年三、四月份，一、二层商铺，一、二次分配，一、二、三个梯队。\n')).toEqual([]);
  });

  it('finds nothing in the real texts', () => {
    expect(realFindings(ID)).toEqual([]);
  });
});
