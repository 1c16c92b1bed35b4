import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { model } from '../helpers/lint.js';
import { kindOfTitle } from '../../src/model/meta.js';
import { placeOf } from '../../src/model/gazetteer.js';

const real = (name: string) => readFileSync(new URL(`../fixtures/real/${name}`, import.meta.url), 'utf8');

describe('document metadata', () => {
  it('prefers front matter and says where each fact came from', () => {
    const m = model(readFileSync(new URL('../../examples/xuzhou-interpretation.md', import.meta.url), 'utf8'));
    expect(m.meta.title).toMatchObject({ value: '《徐州市加快培育发展未来产业的指导意见》政策解读', source: 'front-matter' });
    expect(m.meta.date?.value).toEqual({ year: 2024, month: 1, day: 10 });
    expect(m.meta.kind?.value).toBe('政策解读');
    expect(m.meta.province?.value).toBe('江苏省');
  });

  it('infers title, 文号, 落款 date, issuer, place and 文种 from a document with no front matter', () => {
    const text = real('beijing-jzbf-2025-14.txt');
    const m = model(text);
    expect(m.meta.title?.value).toBe('北京市建立未来产业投入增长机制促进未来产业发展的若干措施');
    expect(m.meta.docNumber?.value.key).toBe('京政办发〔2025〕14号');
    expect(m.meta.docNumber?.source).toBe('inferred');
    expect(m.meta.date?.value).toEqual({ year: 2025, month: 7, day: 24 });
    expect(text.slice(m.meta.date!.range!.start, m.meta.date!.range!.end)).toBe('2025年7月24日');
    expect(m.meta.issuer?.value).toBe('北京市人民政府办公厅');
    expect(m.meta.province?.value).toBe('北京市');
    expect(m.meta.level?.value).toBe('province');
    expect(m.meta.kind?.value).toBe('措施');
  });

  it('reads an interpretation of a provincial plan', () => {
    const m = model(real('guangdong-electronic-info-interpretation-2024.txt'));
    expect(m.meta.title?.value).toBe('《广东省发展新一代电子信息战略性支柱产业集群行动计划(2023—2025年)》政策解读');
    expect(m.meta.kind?.value).toBe('政策解读');
    expect(m.meta.province?.value).toBe('广东省');
    expect(m.meta.date).toBeUndefined();
  });

  it('reads a 成文日期 in Chinese numerals on the 落款 line', () => {
    const m = model('徐州市人民政府办公室关于印发某方案的通知\n\n徐政办发〔2024〕2号\n\n正文。\n\n徐州市人民政府办公室\n\n二〇二四年一月八日\n');
    expect(m.meta.docNumber?.value).toMatchObject({ code: '徐政办发', year: 2024, serial: 2 });
    expect(m.meta.issuer?.value).toBe('徐州市人民政府办公室');
    expect(m.meta.region?.value).toBe('徐州市');
    expect(m.meta.level?.value).toBe('city');
  });
});

describe('kindOfTitle', () => {
  it('names the 文种, looking inside 关于印发《…》的通知', () => {
    expect(kindOfTitle('徐州市加快培育发展未来产业三年行动方案(2024-2026年)')).toBe('行动方案');
    expect(kindOfTitle('市政府关于印发《徐州市加快培育发展未来产业的指导意见》的通知')).toBe('指导意见');
    expect(kindOfTitle('国务院关于印发“十三五”国家信息化规划的通知')).toBe('规划');
    expect(kindOfTitle('关于做好2024年防汛工作的通知')).toBe('通知');
    expect(kindOfTitle('国务院办公厅印发《关于进一步促进民间投资发展的若干措施》的通知')).toBe('措施');
    expect(kindOfTitle('湖州市人民政府办公室转发市发展改革委关于湖州市2024年国民经济和社会发展计划的通知')).toBe('计划');
    expect(kindOfTitle('《徐州市加快培育发展未来产业的指导意见》政策解读')).toBe('政策解读');
    expect(kindOfTitle('2030年未来产业总产值破5000亿')).toBeUndefined();
  });
});

describe('placeOf', () => {
  it('reads province, city and district issuers', () => {
    expect(placeOf('江苏省人民政府')).toEqual({ province: '江苏省', region: '江苏省', level: 'province' });
    expect(placeOf('徐州市人民政府办公室')).toEqual({ province: '江苏省', region: '徐州市', level: 'city' });
    expect(placeOf('苏州市吴中区人民政府')).toEqual({ province: '江苏省', region: '苏州市吴中区', level: 'district' });
    expect(placeOf('杭州市人民政府')).toMatchObject({ province: '浙江省', level: 'city' });
    expect(placeOf('工业和信息化部')).toEqual({ level: 'national' });
    // Places the lists do not know get a level but no province: no catalogue is guessed for them.
    expect(placeOf('新乡市人民政府')).toEqual({ region: '新乡市', level: 'city' });
    expect(placeOf('黔江区人民政府办公室')).toEqual({ region: '黔江区', level: 'district' });
  });
});

describe('metadata from web pages', () => {
  it('skips breadcrumbs and source stamps when looking for a title, and reads a 文件编号 label', () => {
    const m = model([
      '您当前的位置 > 首页 > 政务公开 > 规划计划',
      '',
      '发布时间：2026-02-24 来源：市政府办公室',
      '',
      '无锡市人民政府办公室关于印发增强制造业竞争力实施方案的通知',
      '',
      '文件编号 ：锡政办发〔2026〕4号',
      '',
    ].join('\n'));
    expect(m.meta.title?.value).toBe('无锡市人民政府办公室关于印发增强制造业竞争力实施方案的通知');
    expect(m.meta.kind?.value).toBe('实施方案');
    expect(m.meta.docNumber?.value.key).toBe('锡政办发〔2026〕4号');
    expect(m.meta.region?.value).toBe('无锡市');
  });

  it('reads 江苏无锡 as the city, and a bracketed tag before a place', () => {
    expect(model('江苏无锡：加快培育未来产业，发展新质生产力\n\n正文。\n').meta).toMatchObject({ region: { value: '无锡市' }, level: { value: 'city' }, province: { value: '江苏省' } });
    expect(model('【独家】南京发布产业强市行动计划\n\n正文。\n').meta.region?.value).toBe('南京市');
  });

  it('takes the city a 市政府 document is plainly about, and none when several compete', () => {
    const about = (body: string) => model(`市政府关于加快培育发展未来产业的指导意见\n\n${body}\n`).meta;
    expect(about('扬州要发挥优势。扬州将建设先导区。支持扬州企业。')).toMatchObject({ region: { value: '扬州市' }, level: { value: 'city' } });
    expect(about('扬州要发挥优势，学习苏州、南京、苏州、南京的经验。扬州')).not.toHaveProperty('region');
  });
});

describe('labelled metadata in page tables', () => {
  it('reads a 文件编号 separated by a space, but not a label running into prose', () => {
    expect(model('某方案\n\n文件编号 锡政办发〔2024〕4号 效力状况 有效\n').meta.docNumber?.value.key).toBe('锡政办发〔2024〕4号');
    expect(model('某方案\n\n发文机关应当在成文后印发。\n').meta.issuer).toBeUndefined();
  });
});

describe('metadata from pasted and scraped pages', () => {
  it('keeps page metadata lines apart and cuts a labelled value at the next label', () => {
    const m = model('发文机关:山西省人民政府\n发布日期:2018年03月27\n文号 :晋政发〔2018〕13号\n\n各市、县人民政府：\n\n现将《山西省某某实施方案》印发给你们。\n');
    expect(m.blocks.slice(0, 3).map((b) => b.text)).toEqual(['发文机关:山西省人民政府', '发布日期:2018年03月27', '文号 :晋政发〔2018〕13号']);
    expect(m.meta.issuer?.value).toBe('山西省人民政府');
    expect(m.meta.docNumber?.value.key).toBe('晋政发〔2018〕13号');
    expect(m.meta.title).toBeUndefined();
  });

  it('reads a title line that opens with its 文号 and wraps the title in 《》', () => {
    const m = model('鲁政发〔2014〕20号《山东省人民政府关于深化预算管理制度改革的实施意见》\n\n各市人民政府：\n\n现就深化我省预算管理制度改革提出以下实施意见。\n');
    expect(m.meta.title?.value).toBe('山东省人民政府关于深化预算管理制度改革的实施意见');
    expect(m.meta.docNumber?.value.key).toBe('鲁政发〔2014〕20号');
    expect(m.meta.issuer?.value).toBe('山东省人民政府');
    expect(m.meta.kind?.value).toBe('实施意见');
  });

  it('joins a title broken by a blank line', () => {
    const m = model('湘政办发〔2009〕24号\n\n湖南省人民政府办公厅关于加强普通高等学校\n\n毕业生就业工作的通知\n\n各市州人民政府：\n');
    expect(m.meta.title?.value).toBe('湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知');
    expect(m.meta.kind?.value).toBe('通知');
  });

  it('finds a 落款 run into the text by its publication note', () => {
    const m = model('安顺市人民政府关于印发安顺市市级储备粮管理办法的通知\n各县人民政府：现将《安顺市市级储备粮管理办法》印发给你们，请认真抓好贯彻落实。安顺市人民政府2023年9月5日（此件公开发布）安顺市市级储备粮管理办法第一章  总    则\n');
    expect(m.meta.date?.value).toEqual({ year: 2023, month: 9, day: 5 });
    expect(m.meta.issuer?.value).toBe('安顺市人民政府');
  });

  it('never takes a caption or a source note for the title', () => {
    expect(model('(资料图)\n\n云南出台产业政策\n\n正文。\n').meta.title?.value).toBe('云南出台产业政策');
  });
});
