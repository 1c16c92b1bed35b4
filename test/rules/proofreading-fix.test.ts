import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { lintText } from '../../src/engine/lint.js';
import { resolveRules } from '../../src/engine/rule-settings.js';
import { builtinRules } from '../../rules/index.js';
import type { Finding } from '../../src/engine/findings.js';
import { ensureBuilt, runCli, ROOT } from '../cli/helpers.js';
import { REAL_TEXTS, readReal } from '../helpers/proofreading.js';

const PROOFREADING = builtinRules.filter((r) => /^(punctuation-|number-|term-|structure-(heading|numbering|attachment|placeholder))/.test(r.meta.id));
const rules = resolveRules(PROOFREADING, {});
const lint = (text: string) => lintText(text, { rules, locale: 'zh-CN' }).findings;

/**
 * A minimal stand-in for the fix engine: apply the non-overlapping fixes of a pass, re-lint, stop
 * when nothing is left to fix (at most 10 passes). Records every changed span of the original.
 */
function fixUntilStable(text: string): { output: string; passes: number } {
  let output = text;
  for (let pass = 1; pass <= 10; pass++) {
    const fixes = lint(output).flatMap((f: Finding) => (f.fix ? [f.fix] : [])).sort((a, b) => a.range[0] - b.range[0]);
    if (!fixes.length) return { output, passes: pass - 1 };
    const kept: typeof fixes = [];
    for (const f of fixes) if (!kept.length || f.range[0] >= kept[kept.length - 1].range[1]) kept.push(f);
    for (const f of kept.reverse()) output = output.slice(0, f.range[0]) + f.text + output.slice(f.range[1]);
  }
  throw new Error('fixes did not converge in 10 passes');
}

describe('proofreading fixes together', () => {
  const sample = readFileSync(new URL('../fixtures/proofreading/errors.md', import.meta.url), 'utf8');

  it('fix the sample with one of each error until the rule pack finds nothing fixable, in few passes', () => {
    const { output, passes } = fixUntilStable(sample);
    expect(passes).toBeLessThanOrEqual(2);
    expect(lint(output).filter((f) => f.fix)).toEqual([]);
    expect(output).toContain('# 关于印发××市推进制造业高质量发展实施方案的通知\n');
    expect(output).toContain('各区人民政府，市政府各部门：');
    expect(output).toContain('截至2024年底');
    expect(output).toContain('一、 总体要求');
    expect(output).toContain('（一）发展目标。到2026年，全市新增企业三四个，投资规模达到9～16亿元，研发投入增长10～20%。');
    expect(output).toContain('重点发展新材料和生物医药，推动“链长制”落地。其他事项另行通知——请各单位安装调试设备……');
    expect(output).toContain('本方案自二〇二四年一月一日起施行');
    // What needs a human stays reported: placeholders, the numbering gap, the attachment, ranges and 约…左右.
    expect([...new Set(lint(output).map((f) => f.ruleId))].sort()).toEqual(([
      'structure-placeholder', 'structure-numbering-sequence', 'structure-attachment-mismatch', 'number-range-unit', 'number-approx-redundant',
    ]).sort());
  });

  it('report nothing on a clean notice full of traps (URLs, code, 1,000, 3:00, 一、二年级, 1、, phone numbers, matching attachments)', () => {
    const clean = readFileSync(new URL('../fixtures/proofreading/clean.md', import.meta.url), 'utf8');
    expect(lint(clean).map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([]);
  });

  it('change nothing a 公文 editor would reject in the real texts: only half-width marks become full width', () => {
    for (const path of REAL_TEXTS) {
      const text = readReal(path);
      const { output } = fixUntilStable(text);
      const fold = (t: string) => t.replace(/[,，]/g, '，').replace(/[:：]/g, '：').replace(/[;；]/g, '；').replace(/[(（]/g, '（').replace(/[)）]/g, '）').replace(/[?？]/g, '？').replace(/[!！]/g, '！').replace(/\s/g, '');
      expect(fold(output), path).toBe(fold(text));
    }
  });

  describe('through the CLI', () => {
    beforeAll(() => ensureBuilt(), 180_000);

    it('reports every rule of the sample with its fix in JSON and exits 1', () => {
      const run = runCli(['test/fixtures/proofreading/errors.md', '--format', 'json'], ROOT);
      expect(run.code).toBe(1);
      const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; fix?: unknown; suggestions?: unknown[] }[] }[];
      const ids = new Set(result.messages.map((m) => m.ruleId));
      for (const id of ['punctuation-ordinal', 'punctuation-ellipsis', 'number-zero-glyph', 'structure-numbering-sequence', 'term-substitution']) expect(ids).toContain(id);
      expect(result.messages.find((m) => m.ruleId === 'number-zero-glyph')?.fix).toBeDefined();
      expect(result.messages.find((m) => m.ruleId === 'number-range-unit')?.suggestions?.length).toBe(1);
    });
  });
});
