import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { model } from '../helpers/lint.js';
import { loadShippedCatalogues } from '../../src/files/catalogues.js';
import { alignLists } from '../../src/catalogue/align.js';
import { resolveParentCatalogue } from '../../src/catalogue/parent.js';

const set = loadShippedCatalogues();

describe('alignLists', () => {
  it('tells quotes of the province and national lists from the Xuzhou document’s own lists', () => {
    const m = model(readFileSync('examples/xuzhou-interpretation.md', 'utf8'));
    const parent = resolveParentCatalogue(m.meta, set);
    const shown = alignLists(m, set, parent)
      .filter((a) => a.kind !== 'other')
      .map((a) => [a.kind, a.kind === 'quote' ? `${a.catalogue.id}/${a.group?.label}` : '', a.list.items[0].text]);
    expect(shown).toEqual([
      ['quote', 'national-14th-fyp/6', '类脑智能'],
      ['quote', 'jiangsu-10x/10', '第三代半导体'],
      ['quote', 'jiangsu-10x/X', '量子科技'],
      ['own', '', '氢能与新型储能'],
      ['own', '', '零碳负碳（碳捕集利用及封存）'],
      ['own', '', '未来网络'],
    ]);
  });
});
