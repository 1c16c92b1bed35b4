import { describe, expect, it } from 'vitest';
import { model } from '../helpers/lint.js';
import { loadShippedCatalogues } from '../../src/files/catalogues.js';
import { citationsInSentence } from '../../src/catalogue/citations.js';
import { ancestorsOf, documentPlace, resolveParentCatalogue } from '../../src/catalogue/parent.js';

const set = loadShippedCatalogues();
const city = (region: string, body: string) => `---\nregion: ${region}\nprovince: 江苏省\nlevel: city\n---\n\n${body}\n`;

/** The first sentence's citations as [catalogue, how, the six characters from where it starts]. */
function cited(text: string): [string, string, string][] {
  const m = model(text);
  const parent = resolveParentCatalogue(m.meta, set)!;
  const block = m.blocks.findIndex((b) => b.kind === 'paragraph');
  return citationsInSentence(m, block, 0, set, [parent, ...ancestorsOf(parent, set)], documentPlace(m.meta)).map((c) => [c.catalogue.id, c.how, m.blocks[block].norm.slice(c.at, c.at + 6)]);
}

describe('citationsInSentence', () => {
  it('finds the issuer, a title, a label and a citedAs phrase, in text order', () => {
    expect(cited(city('徐州市', '江苏省政府印发《关于加快培育发展未来产业的指导意见》，提出“10+X”未来产业体系，国家“十四五”规划纲要提出类脑智能等。'))).toEqual([
      ['jiangsu-10x', 'issuer', '江苏省政府印'],
      ['jiangsu-10x', 'title', '《关于加快培'],
      ['jiangsu-10x', 'label', '10+X”未'],
      // 十四五规划纲要 and 十四五规划《纲要》 are compared without title marks: both match.
      ['national-14th-fyp', 'citedAs', '十四五”规划'],
      ['national-14th-fyp', 'citedAs', '十四五”规划'],
    ]);
  });

  it('reads 省政府 and 市政府 as the document’s own province and city, not as the tail of a place name', () => {
    expect(cited(city('徐州市', '市政府提出5+X。'))).toEqual([['xuzhou-5x', 'issuer', '市政府提出5']]);
    expect(cited(city('苏州市', '省政府提出全省“10+X”，苏州市政府提出。'))).toEqual([
      ['jiangsu-10x', 'issuer', '省政府提出全'],
      ['jiangsu-10x', 'label', '10+X”，'],
      ['suzhou-8', 'issuer', '苏州市政府提'],
    ]);
  });
});
