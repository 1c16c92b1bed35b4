import { describe, it, expect } from 'vitest';
import { model } from '../helpers/lint.js';
import { readReal } from '../helpers/proofreading.js';

const spans = (text: string, kind: string) => {
  const m = model(text);
  return m.marks.filter((f) => f.kind === kind).map((f) => text.slice(f.range.start, f.range.end));
};

describe('proofreading facts', () => {
  it('map half-width marks of a mirrored notice to their source ranges, CRLF and BOM-less offsets included', () => {
    const text = '各区人民政府,市政府各委、办、局,各市属机构:\r\n《若干措施》(以下简称《若干措施》)已经市政府同意。\r\n';
    const m = model(text);
    const half = m.marks.filter((f) => f.kind === 'halfwidth');
    expect(half.map((f) => [text.slice(f.range.start, f.range.end), f.replacement])).toEqual([
      [',', '，'], [',', '，'], [':', '：'], ['(', '（'], [')', '）'],
    ]);
    expect(half[3].range.start).toBe(text.indexOf('('));
  });

  it('count how the document writes its marks: the Suzhou web copy is half-width, the Xuzhou transcription full-width', () => {
    const suzhou = model(readReal('examples/suzhou-news-report.md')).punctuationWidth;
    const xuzhou = model(readReal('examples/xuzhou-interpretation.md')).punctuationWidth;
    expect(suzhou.half).toBeGreaterThan(suzhou.full);
    expect(xuzhou).toEqual({ half: 0, full: expect.any(Number) });
    expect(xuzhou.full).toBeGreaterThan(20);
  });

  it('pair marks across a title broken over two lines and a quotation whose line ends in 。', () => {
    expect(spans('北京市人民政府办公厅关于印发《北京市建立未来产业投入增长机制\n促进未来产业发展的若干措施》的通知\n', 'unpaired')).toEqual([]);
    expect(spans('会议指出：“要加快发展新质生产力。\n要因地制宜推进。”\n', 'unpaired')).toEqual([]);
    expect(spans('《湖南省人民政府办公厅关于加强普通高等学校\n\n毕业生就业工作的通知》\n', 'unpaired')).toEqual([]);
    // Two paragraphs that each end a sentence are not one title.
    expect(spans('《关于加强就业工作。\n\n毕业生就业》\n', 'unpaired')).toEqual(['《', '》']);
  });

  it('keep the real Guangdong typo: a （ left open inside 《》', () => {
    const text = readReal('test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt');
    const m = model(text);
    const open = m.marks.filter((f) => f.kind === 'unpaired' && f.range.start > text.indexOf('\n'));
    expect(open.map((f) => [text.slice(f.range.start - 6, f.range.end + 11), f.detail])).toEqual([['集群行动计划(2021—2025年》', 'unclosed']]);
  });

  it('number the leads of headings, paragraphs and list markers into series', () => {
    const text = '# 实施方案\n\n一、总体要求\n\n（一）发展目标。\n\n（二）主要任务。\n\n二、保障措施\n\n1. 加强领导。\n3. 加大支持。\n';
    const leads = model(text).numbering;
    expect(leads.map((l) => [l.text, l.value, l.rank, l.parent, l.series])).toEqual([
      ['一、', 1, 1, -1, 0], ['（一）', 1, 2, 0, 1], ['（二）', 2, 2, 0, 1], ['二、', 2, 1, -1, 0], ['1.', 1, 3, 3, 2], ['3.', 3, 3, 3, 2],
    ]);
    expect(text.slice(leads[5].valueRange.start, leads[5].valueRange.end)).toBe('3');
  });

  it('continue a series of numbered articles across unnumbered chapter lines, and restart it under a new heading', () => {
    const text = '第一章总则\n\n一、根据有关规定，制定本规则。\n\n二、指导思想。\n\n第二章 组成人员\n\n三、县政府由县长组成。\n\n## 附则\n\n一、本规则自印发之日起施行。\n';
    const leads = model(text).numbering;
    expect(leads.map((l) => [l.text, l.series, l.context])).toEqual([['一、', 0, 0], ['二、', 0, 0], ['三、', 0, 0], ['一、', 1, 1]]);
  });

  it('read the 附件说明 with items on their own lines and the attachment labels after the body', () => {
    const text = '请认真贯彻执行。\n\n附件：1.重点项目清单\n2.责任分工表\n\n北京市人民政府\n\n附件1\n\n重点项目清单\n\n附件2：责任分工表\n';
    const { note, headings } = model(text).attachments;
    expect(note?.items.map((i) => [i.number, i.title])).toEqual([[1, '重点项目清单'], [2, '责任分工表']]);
    expect(headings.map((h) => [h.number, h.text])).toEqual([[1, '附件1'], [2, '附件2：责任分工表']]);
  });
});
