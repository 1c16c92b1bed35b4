import { describe, expect, it } from 'vitest';
import { loadShippedCatalogues } from '../../src/files/catalogues.js';
import { catalogueIndex, normalizeItemName, splitComposite } from '../../src/catalogue/match.js';

const set = loadShippedCatalogues();
const byId = (id: string) => set.catalogues.find((c) => c.id === id)!;
const jiangsu = catalogueIndex(byId('jiangsu-10x'));
const national = catalogueIndex(byId('national-14th-fyp'));
const xuzhou = catalogueIndex(byId('xuzhou-5x'));

describe('normalizeItemName', () => {
  it('folds width, drops quotes and a trailing parenthetical, reads 与/及/以及 as 和', () => {
    expect(normalizeItemName('零碳负碳（碳捕集利用及封存）')).toBe('零碳负碳');
    expect(normalizeItemName('零碳负碳(碳捕集利用与封存)')).toBe('零碳负碳');
    expect(normalizeItemName('“细胞与基因技术”')).toBe('细胞和基因技术');
    expect(normalizeItemName('氢能以及储能')).toBe('氢能和储能');
    expect(normalizeItemName('６Ｇ')).toBe('6G');
  });
  it('drops a trailing 产业 or 领域 but keeps two characters', () => {
    expect(normalizeItemName('氢能产业')).toBe('氢能');
    expect(normalizeItemName('未来产业')).toBe('未来');
    expect(normalizeItemName('产业')).toBe('产业');
  });
  it('splits composites only into parts of two or more characters', () => {
    expect(splitComposite('氢能与新型储能')).toEqual(['氢能', '新型储能']);
    expect(splitComposite('数字金融')).toBeUndefined();
    expect(splitComposite('光和电')).toBeUndefined();
  });
});

describe('matchItem', () => {
  it('finds names exactly, by alias and normalised', () => {
    expect(jiangsu.matchItem('通用智能')).toMatchObject({ how: 'exact', item: { name: '通用智能' }, group: { label: '10' } });
    expect(jiangsu.matchItem('通用人工智能')).toMatchObject({ how: 'alias', item: { name: '通用智能' } });
    expect(jiangsu.matchItem('元宇宙')).toMatchObject({ how: 'alias', item: { name: '虚拟现实' } });
    expect(jiangsu.matchItem('量子技术')).toMatchObject({ how: 'alias', item: { name: '量子科技' }, group: { label: 'X' } });
    expect(jiangsu.matchItem('人形机器人')).toMatchObject({ how: 'alias', item: { name: '类人机器人' } });
    expect(jiangsu.matchItem('深地空间利用')).toMatchObject({ item: { name: '深海深地空天' } });
    expect(jiangsu.matchItem('空天开发')).toMatchObject({ item: { name: '深海深地空天' } });
    expect(jiangsu.matchItem('细胞和基因诊疗')).toMatchObject({ item: { name: '细胞和基因技术' } });
    expect(jiangsu.matchItem('细胞与基因技术')).toMatchObject({ how: 'normalized', item: { name: '细胞和基因技术' } });
    expect(jiangsu.matchItem('零碳负碳（碳捕集利用与封存）')).toMatchObject({ how: 'normalized', item: { name: '零碳负碳' } });
    expect(jiangsu.matchItem('未来网络与先进通信')).toMatchObject({ how: 'alias', item: { name: '未来网络' } });
    expect(jiangsu.matchItem('第三代半导体产业')).toMatchObject({ how: 'normalized', item: { name: '第三代半导体' } });
  });

  it('matches a composite name when every part matches', () => {
    const m = jiangsu.matchItem('氢能与新型储能');
    expect(m?.how).toBe('composite');
    expect(m?.parts?.map((p) => p.item.name)).toEqual(['氢能', '新型储能']);
    // 储能 is the short form of 新型储能 inside a composite whose other part matches directly.
    expect(jiangsu.matchItem('氢能和储能')?.parts?.map((p) => p.item.name)).toEqual(['氢能', '新型储能']);
    expect(jiangsu.matchItem('储能与氢能')?.parts?.map((p) => p.item.name)).toEqual(['新型储能', '氢能']);
  });

  it('matches a composite catalogue item by its parts, in any order', () => {
    expect(xuzhou.matchItem('新型储能与氢能')).toMatchObject({ how: 'composite', item: { name: '氢能与新型储能' } });
    expect(xuzhou.matchItem('氢能')).toMatchObject({ how: 'composite', item: { name: '氢能与新型储能' } });
    expect(national.matchItem('氢能和储能')).toMatchObject({ how: 'normalized', item: { name: '氢能与储能' } });
    expect(national.matchItem('氢能与新型储能')).toMatchObject({ how: 'composite', item: { name: '氢能与储能' } });
  });

  it('does not match unrelated or loosely similar names', () => {
    for (const name of ['生物育种', '先进计算', '数字金融', '光子芯片与光器件', '光子芯片', '储能', '人工智能', '新材料', '量子', '网络', '工业元宇宙', '细胞', '氢能与生物育种', '半导体']) {
      expect(jiangsu.matchItem(name), name).toBeUndefined();
    }
    expect(national.matchItem('通用智能')).toBeUndefined();
    // The short-form rule works on item names, not aliases: 人工智能 is not 通用人工智能.
    expect(jiangsu.matchItem('量子科技与人工智能')).toBeUndefined();
    expect(jiangsu.matchItem('氢能与核能')?.parts?.map((p) => p.item.name)).toEqual(['氢能', '先进核能']);
  });
});
