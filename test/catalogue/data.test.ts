import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import catalogueSchema from '../../schemas/catalogue.schema.json' with { type: 'json' };
import knownDocumentsSchema from '../../schemas/known-documents.schema.json' with { type: 'json' };
import { loadShippedCatalogues } from '../../src/files/catalogues.js';
import { parseCatalogueYaml } from '../../src/catalogue/parse.js';
import { normalizeItemName } from '../../src/catalogue/match.js';

const set = loadShippedCatalogues();
const cat = (id: string) => set.catalogues.find((c) => c.id === id)!;
const doc = (docNumber: string) => set.documents.find((d) => d.docNumber === docNumber)!;
const names = (id: string, label: string) => cat(id).groups.find((g) => g.label === label)!.items.map((i) => i.name);

describe('shipped catalogue data', () => {
  it('every file in catalogues/ is valid against its schema', () => {
    for (const f of readdirSync('catalogues').filter((n) => n.endsWith('.yaml'))) {
      const parsed = parseCatalogueYaml(readFileSync(`catalogues/${f}`, 'utf8'), f);
      expect(parsed.problems, f).toEqual([]);
      expect(parsed.catalogue ?? parsed.documents, f).toBeDefined();
    }
  });

  it('ships the five catalogues with their parents', () => {
    expect(set.catalogues.map((c) => [c.id, c.parent]).sort()).toEqual([
      ['jiangsu-10x', 'national-14th-fyp'],
      ['miit-2024-12', undefined],
      ['national-14th-fyp', undefined],
      ['suzhou-8', 'jiangsu-10x'],
      ['xuzhou-5x', 'jiangsu-10x'],
    ]);
    expect(cat('jiangsu-10x').file).toBe('catalogues/jiangsu-10x.yaml');
  });

  it('records the lists as the facts give them', () => {
    expect(names('national-14th-fyp', '6')).toEqual(['类脑智能', '量子信息', '基因技术', '未来网络', '深海空天开发', '氢能与储能']);
    expect(names('miit-2024-12', '6')).toEqual(['未来制造', '未来信息', '未来材料', '未来能源', '未来空间', '未来健康']);
    expect(names('jiangsu-10x', '10')).toEqual(['第三代半导体', '未来网络', '氢能', '新型储能', '细胞和基因技术', '合成生物', '通用智能', '虚拟现实', '前沿新材料', '零碳负碳']);
    expect(names('jiangsu-10x', 'X')).toEqual(['量子科技', '深海深地空天', '类人机器人', '先进核能']);
    expect(names('xuzhou-5x', '5')).toEqual(['氢能与新型储能', '深地空间利用', '第三代半导体', '细胞和基因技术', '通用人工智能']);
    expect(names('xuzhou-5x', 'X')).toEqual(['零碳负碳', '前沿新材料', '虚拟现实', '生物育种']);
    expect(names('suzhou-8', '8')).toEqual(['前沿新材料', '光子芯片与光器件', '元宇宙', '氢能', '数字金融', '细胞和基因诊疗', '空天开发', '量子技术']);
  });

  it('says what is unverified', () => {
    // The Jiangsu X list is from news only; the 10 list and the 文号 were read on a mirror.
    expect(cat('jiangsu-10x').groups.map((g) => [g.label, g.verified])).toEqual([['10', true], ['X', false]]);
    expect(cat('jiangsu-10x').document).toMatchObject({ docNumber: '苏政发〔2023〕104号', date: '2023-11', dateKind: 'reported', verified: true });
    expect(cat('xuzhou-5x').document).toMatchObject({ docNumber: '徐政发〔2024〕1号', date: '2024-01', verified: false });
    expect(cat('xuzhou-5x').document.dateKind).toBeUndefined();
    expect(cat('miit-2024-12').document).toMatchObject({ docNumber: '工信部联科〔2024〕12号', date: '2024-01-29', dateKind: 'published', verified: false });
    expect(cat('suzhou-8').document).toMatchObject({ date: '2023-09-01', verified: false });
    expect(cat('suzhou-8').document.docNumber).toBeUndefined();
    expect(cat('national-14th-fyp').document.date).toBe('2021-03');
  });

  it('knows the cited documents', () => {
    expect(doc('徐政办发〔2024〕2号')).toMatchObject({ date: '2024-01-08', dateKind: 'signed', level: 'city' });
    expect(doc('京政办发〔2025〕14号')).toMatchObject({ date: '2025-07-24', published: '2025-08-01', province: '北京市' });
    expect(doc('苏科高发〔2024〕30号')).toMatchObject({ date: '2024-02-29', period: { start: 2024, end: 2026 } });
    expect(doc('沪府发〔2022〕11号')).toMatchObject({ date: '2022-09-24' });
    expect(doc('杭政函〔2024〕120号')).toMatchObject({ date: '2024-12-30', province: '浙江省' });
    expect(doc('浙政办发〔2023〕9号')).toMatchObject({ date: '2023', verified: false });
    expect(doc('粤发〔2023〕7号')).toMatchObject({ title: '关于高质量建设制造强省的意见', date: '2023', verified: false });
    // Each catalogue's issuing document is in the registry too.
    expect(doc('苏政发〔2023〕104号').id).toBe('jiangsu-10x');
    expect(doc('苏政发〔2023〕104号').implements).toEqual(['national-14th-fyp']);
  });

  it('gives no two items of a catalogue the same comparison name', () => {
    for (const c of set.catalogues) {
      const owner = new Map<string, string>();
      for (const g of c.groups) {
        for (const it of g.items) {
          for (const n of [it.name, ...it.aliases]) {
            const k = normalizeItemName(n);
            expect(owner.get(k) ?? it.name, `${c.id}: ${n}`).toBe(it.name);
            owner.set(k, it.name);
          }
        }
      }
    }
  });

  it('defines documents the same way in both schemas', () => {
    expect(knownDocumentsSchema.definitions.document).toEqual(catalogueSchema.definitions.document);
  });
});
