import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, spanOf } from '../helpers/lint.js';
import { fixWith } from '../helpers/fix.js';

const ID = 'reference-nested-title';

describe(ID, () => {
  it('flags 《》 inside 《》 and fixes the inner pair to 〈〉', () => {
    const text = '根据《江苏省人民政府关于印发《江苏省“十四五”制造业高质量发展规划》的通知》，制定本方案。';
    const [f, ...rest] = runRule(ID, text);
    expect(rest).toEqual([]);
    expect(spanOf(text, f)).toBe('《江苏省“十四五”制造业高质量发展规划》');
    expect(f.message).toBe('书名号内的《江苏省“十四五”制造业高质量发展规划》应改用单书名号：〈江苏省“十四五”制造业高质量发展规划〉');
    expect(fixWith(ID, text)).toBe('根据《江苏省人民政府关于印发〈江苏省“十四五”制造业高质量发展规划〉的通知》，制定本方案。');
  });

  it('fixes two inner titles, and leaves a third level as 《》 (inside 〈〉 the standard wants 《》 again)', () => {
    expect(fixWith(ID, '《关于转发《甲》和《乙》的通知》')).toBe('《关于转发〈甲〉和〈乙〉的通知》');
    expect(fixWith(ID, '《关于印发《关于落实《条例》的意见》的通知》')).toBe('《关于印发〈关于落实《条例》的意见〉的通知》');
    expect(runRule(ID, '《关于转发《甲》的通知》', { locale: 'en' })[0].message).toBe('the title 《甲》 inside another title takes single marks: 〈甲〉');
  });

  it('accepts 〈〉 inside 《》 and consecutive titles', () => {
    expect(runRule(ID, '《国务院关于印发〈“十四五”数字经济发展规划〉的通知》和《纲要》')).toEqual([]);
    expect(runRule(ID, readFileSync('test/fixtures/real/beijing-jzbf-2025-14.txt', 'utf8'))).toEqual([]);
  });
});
