import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { model, spanOf } from '../helpers/lint.js';
import { normalizeTitleKey } from '../../src/model/references.js';
import { findKnownDocument, parseRegistryDate } from '../../src/catalogue/documents.js';
import { REGISTRY, KNOWN, doc } from '../fixtures/registry.js';

function refs(text: string) {
  const m = model(text);
  for (const r of m.references) expect(spanOf(text, { range: r.titleRange })).toBe(r.title);
  return m.references;
}

describe('extractReferences', () => {
  it('reads the issuer and issue date of 江苏省政府于2013年11月印发《…》', () => {
    const text = '江苏省政府于2013年11月印发《关于加快培育发展未来产业的指导意见》，提出全省重点打造“10+X”未来产业体系。';
    const [r] = refs(text);
    expect(r.title).toBe('关于加快培育发展未来产业的指导意见');
    expect(r.issuer?.text).toBe('江苏省政府');
    expect(spanOf(text, r.issuer!)).toBe('江苏省政府');
    expect(r.issueDate?.text).toBe('2013年11月');
    expect(r.docNumber).toBeUndefined();
  });

  it('takes a date that is a clause of its own before the issuing clause (9月1日,苏州市政府出台《…》)', () => {
    const [r] = refs('9月1日,苏州市政府出台《关于加快培育未来产业的工作意见》,贯彻落实创新驱动发展战略。');
    expect(r.issuer?.text).toBe('苏州市政府');
    expect(r.issueDate?.text).toBe('9月1日');
  });

  it('takes the first agency of a joint issue and the date at the head of the clause', () => {
    const text = '为贯彻省委、省政府关于推进制造强省建设的工作部署,2020年9月省工业和信息化厅会同省发展改革委、科技厅、商务厅、市场监管局、通信管理局联合印发了《广东省发展新一代电子信息战略性支柱产业集群行动计划(2021-2025年)》,加快发展。';
    const [r] = refs(text);
    expect(r.issuer?.text).toBe('省工业和信息化厅');
    expect(r.issueDate?.text).toBe('2020年9月');
    expect(r.period).toMatchObject({ start: 2021, end: 2025 });
    expect(spanOf(text, r.period!)).toBe('2021-2025年');
  });

  it('reads a 文号 in brackets after the title, half-width brackets too, and an issuer right against the title', () => {
    const text = '依据省委、省政府《关于高质量建设制造强省的意见》(粤发〔2023〕7号)等文件精神。制定《徐州市加快培育发展未来产业的指导意见》（徐政发〔2024〕1号），现解读如下。';
    const [a, b] = refs(text);
    expect(a.docNumber?.key).toBe('粤发〔2023〕7号');
    expect(a.issuer?.text).toBe('省委');
    expect(a.issueDate).toBeUndefined();
    expect(b.docNumber?.key).toBe('徐政发〔2024〕1号');
    expect(b.issuer).toBeUndefined();
  });

  it('strips an issuer prefix from the title key and keeps it as the issuer', () => {
    const [r] = refs('贯彻落实《省政府关于加快培育发展未来产业的指导意见》（苏政发〔2023〕104号）。');
    expect(r.titleKey).toBe('关于加快培育发展未来产业的指导意见');
    expect(r.issuer?.text).toBe('省政府');
    expect(normalizeTitleKey('江苏省人民政府关于加快培育发展未来产业的指导意见')).toBe('关于加快培育发展未来产业的指导意见');
    expect(normalizeTitleKey('国务院办公厅转发国家发展改革委关于某事项的意见')).toBe('国务院办公厅转发国家发展改革委关于某事项的意见');
    expect(normalizeTitleKey('加快科技创新引领未来产业发展“5个100”行动方案(2024—2026年)')).toBe(normalizeTitleKey('加快科技创新引领未来产业发展"5个100"行动方案（2024-2026年）'));
  });

  it('gives no issue date to a date out of the issuing clause, after 以来, or with 近日 between', () => {
    const rs = refs('2023年以来，市政府印发《B方案》。2023年，按照工作要求，依据《C意见》等文件精神，对《D计划》进行了修订。近日，国务院印发《E意见》。');
    expect(rs.map((r) => [r.title, r.issueDate?.text])).toEqual([
      ['B方案', undefined],
      ['C意见', undefined],
      ['D计划', undefined],
      ['E意见', undefined],
    ]);
  });

  it('gives no reference to 印发实施行动计划 without 《》, nor an issue date to 关于印发《…》的通知', () => {
    expect(refs('省工业和信息化厅联合省发展改革委于2023年12月印发实施行动计划。')).toEqual([]);
    const [r] = refs('发布日期 2025-08-01，北京市人民政府办公厅关于印发《北京市建立未来产业投入增长机制 促进未来产业发展的若干措施》的通知。');
    expect(r.issueDate).toBeUndefined();
  });

  it('handles nested titles and recovers from an unclosed 《 at the sentence end', () => {
    const rs = refs('《关于印发〈X方案〉的通知》，《关于印发《Y办法》的通知》。《A）未闭合，印发《D办法》。对《广东省发展新一代电子信息战略性支柱产业集群行动计划(2021—2025年》相关内容进行了修订。');
    expect(rs.map((r) => r.title)).toEqual(['关于印发〈X方案〉的通知', '关于印发《Y办法》的通知', 'D办法', '广东省发展新一代电子信息战略性支柱产业集群行动计划(2021—2025年']);
    expect(rs[3].period).toMatchObject({ start: 2021, end: 2025 });
  });

  it('reads a five-year plan named in a title as its period', () => {
    const rs = refs('《山西省“十四五”未来产业发展规划》，《江苏省“十五五”规划》。');
    expect(rs.map((r) => r.period && [r.period.start, r.period.end])).toEqual([[2021, 2025], [2026, 2030]]);
  });

  it('reads the references of the Xuzhou example', () => {
    const text = readFileSync('examples/xuzhou-interpretation.md', 'utf8');
    expect(model(text).references.map((r) => [r.title, r.docNumber?.key, r.issuer?.text, r.issueDate?.text])).toEqual([
      ['徐州市加快培育发展未来产业的指导意见', undefined, undefined, undefined],
      ['徐州市加快培育发展未来产业的指导意见', '徐政发〔2024〕1号', undefined, undefined],
      ['纲要', undefined, undefined, undefined],
      ['关于加快培育发展未来产业的指导意见', undefined, '江苏省政府', '2013年11月'],
    ]);
  });
});

describe('findKnownDocument', () => {
  const jiangsu = { province: { value: '江苏省', source: 'front-matter' as const }, region: { value: '徐州市', source: 'front-matter' as const } };
  const refOf = (text: string) => model(text).references[0];

  it('finds by 文号 first', () => {
    const r = refOf('根据《某某意见》（苏政发〔2023〕104号）。');
    expect(findKnownDocument(r, {}, REGISTRY)?.id).toBe('jiangsu-future-industry-2023');
  });

  it('finds by title and issuer, resolving 省政府 to the document’s own province', () => {
    expect(findKnownDocument(refOf('江苏省政府于2013年11月印发《关于加快培育发展未来产业的指导意见》。'), jiangsu, REGISTRY)?.id).toBe('jiangsu-future-industry-2023');
    expect(findKnownDocument(refOf('省政府印发《关于加快培育发展未来产业的指导意见》。'), jiangsu, REGISTRY)?.id).toBe('jiangsu-future-industry-2023');
    const zhejiang = { province: { value: '浙江省', source: 'front-matter' as const } };
    expect(findKnownDocument(refOf('省政府印发《关于加快培育发展未来产业的指导意见》。'), zhejiang, REGISTRY)).toBeUndefined();
    expect(findKnownDocument(refOf('杭州市政府印发《关于加快培育发展未来产业的指导意见》。'), jiangsu, REGISTRY)).toBeUndefined();
  });

  it('resolves 市政府 to the document’s own city and finds a notice by the document it carries', () => {
    expect(findKnownDocument(refOf('市政府印发《徐州市加快培育发展未来产业的指导意见》。'), jiangsu, REGISTRY)?.id).toBe('xuzhou-future-industry-guidance-2024');
    const beijing = refOf('《北京市建立未来产业投入增长机制 促进未来产业发展的若干措施》已经市政府同意。');
    expect(findKnownDocument(beijing, { province: { value: '北京市', source: 'inferred' } }, REGISTRY)?.id).toBe('beijing-future-industry-investment-2025');
  });

  it('returns nothing when several documents share the title and no issuer tells them apart', () => {
    const set = { catalogues: [], documents: [...KNOWN, doc({ id: 'yangzhou', title: '关于加快培育发展未来产业的指导意见', issuer: '扬州市人民政府', province: '江苏省', level: 'city' })] };
    expect(findKnownDocument(refOf('落实《关于加快培育发展未来产业的指导意见》。'), jiangsu, set)).toBeUndefined();
    expect(findKnownDocument(refOf('江苏省政府印发《关于加快培育发展未来产业的指导意见》。'), jiangsu, set)?.id).toBe('jiangsu-future-industry-2023');
  });

  it('does not take a 文号 of another issuer code for the same document', () => {
    expect(findKnownDocument(refOf('落实《关于加快培育发展未来产业的指导意见》（杭政发〔2024〕3号）。'), jiangsu, REGISTRY)).toBeUndefined();
    expect(findKnownDocument(refOf('落实《关于加快培育发展未来产业的指导意见》（苏政发〔2021〕104号）。'), jiangsu, REGISTRY)?.id).toBe('jiangsu-future-industry-2023');
  });

  it('parses registry dates at their precision', () => {
    expect(parseRegistryDate('2023-11')).toEqual({ year: 2023, month: 11, precision: 'month' });
    expect(parseRegistryDate('2024-01-08')).toEqual({ year: 2024, month: 1, day: 8, precision: 'day' });
    expect(parseRegistryDate('2021')).toEqual({ year: 2021, precision: 'year' });
    expect(parseRegistryDate('soon')).toBeUndefined();
  });
});

describe('文号 parsing between documents', () => {
  it('still finds a 文号 line after a front-matter 文号 was parsed (global regex state is reset)', () => {
    model('---\ndocNumber: 苏政发〔2023〕104号\n---\n\n正文。\n');
    expect(model('京政办发〔2025〕14号\n\n正文。\n').docNumbers.map((d) => d.key)).toEqual(['京政办发〔2025〕14号']);
  });
});

describe('issue dates written with 印发的', () => {
  it('reads 「…于2023年1月印发的《…》（文号）」 after an earlier citation in the same clause', () => {
    const text = '为贯彻落实《江苏省人民政府关于加快培育发展未来产业的指导意见》（苏政发〔2023〕104号）和工业和信息化部等七部门于2023年1月印发的《关于推动未来产业创新发展的实施意见》（工信部联科〔2024〕12号），制定本方案。\n';
    const [first, second] = model(text).references;
    expect(first.issueDate).toBeUndefined();
    expect(second.docNumber?.key).toBe('工信部联科〔2024〕12号');
    expect(spanOf(text, second.issueDate!)).toBe('2023年1月');
  });
});
