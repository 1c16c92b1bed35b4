import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, removeTree, runCli, tempTree } from './helpers.js';

beforeAll(() => ensureBuilt(), 180_000);

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) removeTree(dirs.pop()!);
});

// A city catalogue a user adds: Wuxi's “5+X” (as reported in the news), for its districts to align with.
const WUXI = `id: wuxi-5x
name: 无锡市“5+X”未来产业体系
issuer: 无锡市人民政府
level: city
scope: { province: 江苏省, region: 无锡市 }
label: 5+X
parent: jiangsu-10x
document:
  id: wuxi-5x
  title: 无锡市加快培育发展未来产业的实施意见
  titleAliases: []
  issuer: 无锡市人民政府
  issuerAliases: [无锡市政府]
  province: 江苏省
  level: city
  date: "2024-04"
  dateKind: reported
  implements: []
  verified: false
  source: news reports of the document
groups:
  - id: main
    label: "5"
    name: 主赛道
    keywords: [主赛道]
    verified: false
    items:
      - { name: 通用人工智能, aliases: [], verified: false }
      - { name: 量子科技, aliases: [], verified: false }
      - { name: 第三代半导体, aliases: [], verified: false }
      - { name: 氢能和储能, aliases: [], verified: false }
      - { name: 深海装备, aliases: [], verified: false }
`;

const DISTRICT = `---
title: 梁溪区未来产业培育工作方案
region: 无锡市梁溪区
province: 江苏省
level: district
---

# 梁溪区未来产业培育工作方案

重点发展通用人工智能、量子科技、深海装备、脑机接口等未来产业。
`;

function lint(files: Record<string, string>, args: string[] = []) {
  const dir = tempTree(files);
  dirs.push(dir);
  const r = runCli(['--format', 'json', ...args, 'docs'], dir);
  return { ...r, results: r.stdout ? (JSON.parse(r.stdout) as { messages: { ruleId: string; message: string; line: number; column: number }[] }[]) : [] };
}

describe('catalogues added through the config', () => {
  it('aligns a district document with its city catalogue from the config', () => {
    const config = JSON.stringify({ rules: { 'catalogue-unknown-item': 'error' }, catalogues: ['catalogues/wuxi.yaml'] });
    const r = lint({ 'policylint.config.json': config, 'catalogues/wuxi.yaml': WUXI, 'docs/liangxi.md': DISTRICT });
    const unknown = r.results[0].messages.filter((m) => m.ruleId === 'catalogue-unknown-item');
    // 深海装备 is Wuxi's own field; 脑机接口 is in neither list.
    expect(unknown.map((m) => m.message)).toEqual([expect.stringContaining('「脑机接口」不在上级目录无锡市“5+X”未来产业体系')]);
    expect(r.code).toBe(1);
  });

  it('without a city catalogue, a district is aligned with its province’s', () => {
    const r = lint({ 'policylint.config.json': JSON.stringify({ rules: { 'catalogue-unknown-item': 'error' } }), 'docs/liangxi.md': DISTRICT });
    const unknown = r.results[0].messages.filter((m) => m.ruleId === 'catalogue-unknown-item');
    // The province's “10+X” governs a district of a city that has no catalogue: 深海装备 and 脑机接口 are outside it.
    expect(unknown.map((m) => m.message.slice(0, 8))).toEqual(['「深海装备」不在', '「脑机接口」不在']);
  });

  it('reports a user catalogue that breaks the schema with its file and line, and exits 2', () => {
    const broken = WUXI.replace('level: city\nscope', 'level: town\nscope');
    const r = lint({ 'policylint.config.json': JSON.stringify({ catalogues: ['catalogues/wuxi.yaml'] }), 'catalogues/wuxi.yaml': broken, 'docs/liangxi.md': DISTRICT });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(path.join('catalogues', 'wuxi.yaml'));
    expect(r.stderr).toMatch(/:4\b/);
    expect(r.stderr).toContain('town');
  });
});
