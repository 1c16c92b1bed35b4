import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM without types, shared with `npm run eval`
import { applyPlants, matchJudgments, evaluate, checkFloors, EvalDataError } from '../../eval/lib.mjs';

const text = '一、总体目标\n到2030年，建成8个重点领域为：甲、乙、丙。\n二、重点任务\n';

describe('applyPlants', () => {
  it('replaces each find and gives its line and column in the copy', () => {
    const { text: copy, plants } = applyPlants('t', text, [
      { id: 'a', category: 'list-count', find: '8个', replace: '4个' },
      { id: 'b', category: 'numbering-skip', find: '二、', replace: '三、' },
    ]);
    expect(copy).toBe('一、总体目标\n到2030年，建成4个重点领域为：甲、乙、丙。\n三、重点任务\n');
    expect(plants.map((p: { id: string; line: number; column: number }) => [p.id, p.line, p.column])).toEqual([['a', 2, 10], ['b', 3, 1]]);
  });

  it('refuses a find that is missing, ambiguous, multi-line, overlapping or of an unknown category', () => {
    const bad = [
      [{ id: 'x', category: 'list-count', find: '九个', replace: '八个' }, /does not occur/],
      [{ id: 'x', category: 'list-count', find: '、', replace: '，' }, /occurs 4 times; give occurrence/],
      [{ id: 'x', category: 'list-count', find: '甲', replace: '甲\n乙' }, /line breaks/],
      [{ id: 'x', category: 'typo', find: '甲', replace: '乙' }, /unknown category "typo"/],
    ] as const;
    for (const [plant, message] of bad) expect(() => applyPlants('t', text, [plant])).toThrow(message);
    expect(() => applyPlants('t', text, [
      { id: 'a', category: 'list-count', find: '8个重点', replace: '7个重点' },
      { id: 'b', category: 'list-count', find: '重点领域', replace: '重点方向' },
    ])).toThrow(EvalDataError);
    expect(applyPlants('t', text, [{ id: 'x', category: 'list-count', find: '、', replace: '，', occurrence: 2 }]).text).toContain('甲，乙、丙');
  });
});

describe('matchJudgments', () => {
  const f = (line: number, column: number) => ({ ruleId: 'list-count-mismatch', line, column });
  it('prefers the judgment with the same column, then one without a column', () => {
    const judgments = [
      { rule: 'list-count-mismatch', line: 2, verdict: false },
      { rule: 'list-count-mismatch', line: 2, column: 9, verdict: true },
      { rule: 'list-count-mismatch', line: 5, verdict: true },
      { rule: 'list-count-mismatch', line: 7, verdict: null },
    ];
    const { matched, unjudged, stale } = matchJudgments([f(2, 3), f(2, 9), f(7, 1), f(8, 1)], judgments);
    expect(matched.map((m: { finding: { column: number }; judgment: { verdict: boolean } }) => [m.finding.column, m.judgment.verdict])).toEqual([[3, false], [9, true]]);
    expect(unjudged.map((u: { line: number }) => u.line)).toEqual([7, 8]);
    expect(stale).toEqual([judgments[2]]);
  });
});

describe('evaluate on a corpus of its own', () => {
  it('scores judged findings and finds a planted count error through the real linter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policylint-eval-'));
    for (const sub of ['corpus', 'key', 'planted']) mkdirSync(join(dir, sub));
    const plan = '# 某市未来产业发展行动方案\n\n重点发展4个领域：人工智能、量子科技、生物制造、氢能。\n';
    writeFileSync(join(dir, 'corpus', 'plan.txt'), plan);
    writeFileSync(join(dir, 'corpus.yaml'), '- id: plan\n  split: dev\n  source: test\n');
    writeFileSync(join(dir, 'planted', 'plan.yaml'), '- id: dropped\n  category: list-count\n  find: "、氢能"\n  replace: ""\n');
    const { dev, test } = evaluate(dir);
    expect(test.texts).toEqual([]);
    expect(dev.categories['list-count']).toEqual({ planted: 1, found: 1, recall: 1 });
    expect(dev.texts[0].plants[0].rules).toContain('list-count-mismatch');
    const floors = { precision: 0.95, smallSample: 5, recall: { dev: { overall: 0.9, category: 0.8 } }, found: { dev: ['plan/dropped', 'plan/gone'] } };
    expect(checkFloors({ dev }, floors)).toEqual(['dev: planted error plan/gone was found and is lost']);
  });

  it('names the file and what to do when the corpus and its manifest disagree', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policylint-eval-'));
    mkdirSync(join(dir, 'corpus'));
    writeFileSync(join(dir, 'corpus', 'stray.txt'), '正文\n');
    writeFileSync(join(dir, 'corpus.yaml'), '[]\n');
    expect(() => evaluate(dir)).toThrow(/eval\/corpus\/stray.txt is not listed in eval\/corpus.yaml/);
  });
});
