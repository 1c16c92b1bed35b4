import { describe, it, expect } from 'vitest';
import { applyEdits, fixText } from '../../src/engine/fix.js';
import { defineRule, type Rule } from '../../src/engine/rule.js';
import { resolveRules } from '../../src/engine/rule-settings.js';
import { builtinRules } from '../../rules/index.js';

const rules = resolveRules(builtinRules);

describe('applyEdits', () => {
  it('applies edits in position order whatever order they come in', () => {
    const r = applyEdits('国发[2024]第05号', [
      { range: [9, 11], text: '5' },
      { range: [2, 8], text: '〔2024〕' },
    ]);
    expect(r.output).toBe('国发〔2024〕第5号');
    expect(r.applied.map((e) => e.range[0])).toEqual([2, 9]);
  });

  it('keeps an overlapping or touching edit for the next pass, as ESLint does', () => {
    const r = applyEdits('abcdef', [
      { range: [1, 3], text: 'X' },
      { range: [2, 4], text: 'Y' },
      { range: [3, 3], text: 'Z' },
      { range: [5, 6], text: 'W' },
    ]);
    expect(r.output).toBe('aXdeW');
    expect(r.skipped.map((e) => e.text)).toEqual(['Y', 'Z']);
  });

  it('skips an edit that changes nothing, and refuses a range outside the text', () => {
    expect(applyEdits('abc', [{ range: [0, 1], text: 'a' }]).skipped).toHaveLength(1);
    expect(() => applyEdits('abc', [{ range: [2, 9], text: '' }])).toThrow(RangeError);
  });
});

describe('fixText', () => {
  const text = '根据《关于印发《规划》的通知》（国发[2021]29号），全市推进会定于2024年03月05日（星期三）召开。\n';

  it('applies overlapping fixes over several passes until nothing is left', () => {
    // 〔〕 and the paren fix of the same 文号 overlap: the second waits for pass 2.
    const r = fixText('依据《关于印发规划的通知》(国发[2021]29号)执行。\n', { rules });
    expect(r.output).toBe('依据《关于印发规划的通知》（国发〔2021〕29号）执行。\n');
    expect(r.passes).toBe(2);
    expect(r.fixed).toBe(true);
    expect(r.lint.findings.filter((f) => f.fix)).toEqual([]);
    expect(r.findings).toBe(r.lint.findings);
  });

  it('fixes every category by default and only the listed ones with types', () => {
    expect(fixText(text, { rules }).output).toBe('根据《关于印发〈规划〉的通知》（国发〔2021〕29号），全市推进会定于2024年3月5日（星期二）召开。\n');
    const dateOnly = fixText(text, { rules }, { types: ['date'] });
    expect(dateOnly.output).toBe('根据《关于印发《规划》的通知》（国发[2021]29号），全市推进会定于2024年3月5日（星期二）召开。\n');
    expect(dateOnly.lint.findings.map((f) => f.ruleId)).toEqual(['reference-nested-title', 'reference-docnum-bracket']);
  });

  it('applies a suggestion only for the rules named', () => {
    const draft = '# 关于开展调研的通知\n\n请于24年3月底前报送。\n\n徐州市人民政府\n\n2024年1月8日\n';
    expect(fixText(draft, { rules }).output).toBe(draft);
    expect(fixText(draft, { rules }, { suggestionRules: ['date-two-digit-year'] }).output).toContain('请于2024年3月底前报送。');
  });

  it('keeps a BOM and works in offsets of the text without it', () => {
    const r = fixText('\ufeff国发[2021]29号文件已印发。\n', { rules });
    expect(r.output).toBe('\ufeff国发〔2021〕29号文件已印发。\n');
  });

  it('returns the input unchanged, with fixed false, when there is nothing to fix', () => {
    const clean = '请各单位认真组织，按时报送材料。\n';
    const r = fixText(clean, { rules });
    expect(r).toMatchObject({ output: clean, fixed: false, passes: 0, notices: [] });
  });

  // Deliberately broken rules: the engine must stop them, not the other way round.
  const flipFlop = defineRule({
    meta: { id: 'term-flip', category: 'term', severity: 'warn', fixable: true, description: { 'zh-CN': '测试', en: 'test' }, messages: { m: { 'zh-CN': '换', en: 'swap' } }, docs: 'rules/term-flip.md' },
    check({ model, report }) {
      const i = model.text.search(/[甲乙]/);
      if (i >= 0) report({ range: { start: i, end: i + 1 }, messageId: 'm', fix: { range: { start: i, end: i + 1 }, text: model.text[i] === '甲' ? '乙' : '甲' } });
    },
  });
  const noop = defineRule({
    meta: { id: 'term-noop', category: 'term', severity: 'warn', fixable: true, description: { 'zh-CN': '测试', en: 'test' }, messages: { m: { 'zh-CN': '无变化', en: 'no change' } }, docs: 'rules/term-noop.md' },
    check({ model, report }) {
      const i = model.text.indexOf('丙');
      if (i >= 0) report({ range: { start: i, end: i + 1 }, messageId: 'm', fix: { range: { start: i, end: i + 1 }, text: '丙' } });
    },
  });

  it('drops a fix whose finding comes back where it was applied, and reports it', () => {
    const r = fixText('甲方与乙方协商。\n', { rules: resolveRules([flipFlop as unknown as Rule<never>]), locale: 'en' });
    expect(r.output).toBe('乙方与乙方协商。\n');
    expect(r.notices).toEqual([expect.objectContaining({ ruleId: 'term-flip', reason: 'reappears' })]);
    const notice = r.lint.findings.find((f) => f.messageId === 'fix-not-converged')!;
    expect(notice.message).toBe('the automatic fix of term-flip did not settle the problem and was dropped; fix it by hand');
    expect(r.passes).toBe(1);
  });

  // Two rules that undo each other: each fix holds for its own rule, but the text comes back.
  const swap = (id: string, from: string, to: string) =>
    defineRule({
      meta: { id, category: 'term', severity: 'warn', fixable: true, description: { 'zh-CN': '测试', en: 'test' }, messages: { m: { 'zh-CN': '替换', en: 'replace' } }, docs: `rules/${id}.md` },
      check({ model, report }) {
        const i = model.text.indexOf(from);
        if (i >= 0) report({ range: { start: i, end: i + 1 }, messageId: 'm', fix: { range: { start: i, end: i + 1 }, text: to } });
      },
    }) as unknown as Rule<never>;

  it('stops when the text returns to an earlier state, keeps the last new text, and reports the rule', () => {
    const r = fixText('甲方负责。\n', { rules: resolveRules([swap('term-a', '甲', '乙'), swap('term-b', '乙', '甲')]) });
    expect(r.output).toBe('乙方负责。\n');
    expect(r.notices.map((n) => [n.ruleId, n.reason])).toEqual([['term-b', 'oscillates']]);
    expect(r.passes).toBe(1);
  });

  it('stops after the pass limit and says which rule was still fixing', () => {
    // One finding per pass, each somewhere new: 15 would need 15 passes.
    const text = '乙，'.repeat(15) + '\n';
    const r = fixText(text, { rules: resolveRules([swap('term-one', '乙', '甲')]), locale: 'en' });
    expect(r.passes).toBe(10);
    expect(r.output).toBe('甲，'.repeat(10) + '乙，'.repeat(5) + '\n');
    expect(r.notices.map((n) => [n.ruleId, n.reason])).toEqual([['term-one', 'passes']]);
    expect(r.lint.findings.find((f) => f.messageId === 'fix-not-converged')?.message).toBe('the automatic fixes of term-one were still going after 10 passes and were stopped; check and run again');
    expect(fixText(text, { rules: resolveRules([swap('term-one', '乙', '甲')]) }, { maxPasses: 20 }).output).toBe('甲，'.repeat(15) + '\n');
  });

  it('drops a fix pointing outside the text, and the other rules still fix', () => {
    const broken = defineRule({
      meta: { id: 'term-broken', category: 'term', severity: 'warn', fixable: true, description: { 'zh-CN': '测试', en: 'test' }, messages: { m: { 'zh-CN': '越界', en: 'out of range' } }, docs: 'rules/term-broken.md' },
      check({ model, report }) {
        report({ range: { start: 0, end: 1 }, messageId: 'm', fix: { range: { start: 0, end: model.text.length + 5 }, text: '' } });
      },
    }) as unknown as Rule<never>;
    const r = fixText('依据国发[2021]29号文件执行。\n', { rules: resolveRules([broken, ...builtinRules]) });
    expect(r.output).toBe('依据国发〔2021〕29号文件执行。\n');
    expect(r.notices.map((n) => [n.ruleId, n.reason])).toEqual([['term-broken', 'bad-range']]);
  });

  it('drops a fix that changes nothing, and the other rules still fix', () => {
    const r = fixText('丙方依据国发[2021]29号文件执行。\n', { rules: resolveRules([noop as unknown as Rule<never>, ...builtinRules]) });
    expect(r.output).toBe('丙方依据国发〔2021〕29号文件执行。\n');
    expect(r.notices.map((n) => [n.ruleId, n.reason])).toEqual([['term-noop', 'no-change']]);
    expect(r.lint.findings.find((f) => f.messageId === 'fix-not-converged')?.message).toMatch(/term-noop 的自动修复不改变文本/);
  });
});
