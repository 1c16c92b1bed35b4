import { describe, expect, it } from 'vitest';
import { model } from '../helpers/lint.js';
import { loadShippedCatalogues } from '../../src/files/catalogues.js';
import { ancestorsOf, resolveParentCatalogue } from '../../src/catalogue/parent.js';
import type { CatalogueSet } from '../../src/catalogue/types.js';

const set = loadShippedCatalogues();
const fm = (fields: Record<string, string>) => `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n正文。\n`;
const parentOf = (text: string, s: CatalogueSet = set) => resolveParentCatalogue(model(text).meta, s)?.id;

describe('resolveParentCatalogue', () => {
  it('gives a city of Jiangsu the province catalogue, never its own city catalogue', () => {
    expect(parentOf(fm({ region: '徐州市', province: '江苏省', level: 'city' }))).toBe('jiangsu-10x');
    expect(parentOf(fm({ region: '苏州市', province: '江苏省', level: 'city' }))).toBe('jiangsu-10x');
    expect(parentOf(fm({ region: '南通市', province: '江苏', level: 'city' }))).toBe('jiangsu-10x');
    // Level and province from the region alone.
    expect(parentOf(fm({ region: '扬州市' }))).toBe('jiangsu-10x');
  });

  it('gives a district its city catalogue, or the province one when the city has none', () => {
    expect(parentOf(fm({ region: '苏州市吴中区', province: '江苏省', level: 'district' }))).toBe('suzhou-8');
    expect(parentOf(fm({ region: '徐州市鼓楼区', level: 'district' }))).toBe('xuzhou-5x');
    expect(parentOf(fm({ region: '南京市玄武区', province: '江苏省', level: 'district' }))).toBe('jiangsu-10x');
    // The city is unknown and some Jiangsu cities ship catalogues: no guess.
    expect(parentOf(fm({ region: '吴中区', province: '江苏省', level: 'district' }))).toBeUndefined();
  });

  it('infers the place from the text when there is no front matter', () => {
    expect(parentOf('# 徐州市鼓楼区人民政府关于培育未来产业的实施意见\n\n正文。\n')).toBe('xuzhou-5x');
    expect(parentOf('# 徐州市人民政府关于加快培育发展未来产业的指导意见\n\n正文。\n')).toBe('jiangsu-10x');
  });

  it('never falls back to a catalogue that does not govern the document', () => {
    expect(parentOf(fm({ region: '杭州市', province: '浙江省', level: 'city' }))).toBeUndefined();
    expect(parentOf(fm({ region: '深圳市', province: '广东省', level: 'city' }))).toBeUndefined();
    expect(parentOf(fm({ region: '广东省', province: '广东省', level: 'province' }))).toBeUndefined();
    expect(parentOf(fm({ region: '北京市海淀区', level: 'district' }))).toBeUndefined();
    // Province and national documents are not aligned automatically (several national lists exist).
    expect(parentOf(fm({ region: '江苏省', province: '江苏省', level: 'province' }))).toBeUndefined();
    expect(parentOf(fm({ level: 'national' }))).toBeUndefined();
    expect(parentOf(fm({ title: '某文件' }))).toBeUndefined();
  });

  it('lets front matter name the catalogue', () => {
    expect(parentOf(fm({ region: '江苏省', level: 'province', catalogue: 'national-14th-fyp' }))).toBe('national-14th-fyp');
    expect(parentOf(fm({ region: '杭州市', province: '浙江省', level: 'city', 上级目录: 'jiangsu-10x' }))).toBe('jiangsu-10x');
    expect(parentOf(fm({ region: '徐州市', level: 'city', catalogue: 'no-such-catalogue' }))).toBeUndefined();
  });

  it('is undefined when two catalogues could govern the document', () => {
    const jiangsu = set.catalogues.find((c) => c.id === 'jiangsu-10x')!;
    const twice: CatalogueSet = { ...set, catalogues: [...set.catalogues, { ...jiangsu, id: 'jiangsu-other' }] };
    expect(parentOf(fm({ region: '徐州市', level: 'city' }), twice)).toBeUndefined();
  });

  it('follows parent chains', () => {
    const xuzhou = set.catalogues.find((c) => c.id === 'xuzhou-5x')!;
    expect(ancestorsOf(xuzhou, set).map((c) => c.id)).toEqual(['jiangsu-10x', 'national-14th-fyp']);
  });
});
