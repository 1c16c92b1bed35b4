import { lintText } from '../../src/engine/lint.js';
import { resolveRules, type RuleSetting } from '../../src/engine/rule-settings.js';
import type { Rule, Locale } from '../../src/engine/rule.js';
import type { CatalogueSet } from '../../src/catalogue/types.js';
import { builtinRules } from '../../rules/index.js';
import { buildModel } from '../../src/model/build.js';

export interface RunOptions {
  catalogues?: CatalogueSet;
  options?: Record<string, unknown>;
  severity?: RuleSetting;
  locale?: Locale;
  filePath?: string;
}

export function ruleById(id: string): Rule<never> {
  const rule = builtinRules.find((r) => r.meta.id === id);
  if (!rule) throw new Error(`no built-in rule ${id}`);
  return rule;
}

/** Run exactly one rule (at its default severity unless told) over a text; returns its findings. */
export function runRule(id: string, text: string, run: RunOptions = {}) {
  const rule = ruleById(id);
  const setting: RuleSetting = run.options ? [run.severity as 'error' ?? rule.meta.severity, run.options] : (run.severity ?? rule.meta.severity);
  const rules = resolveRules([rule], { [id]: setting });
  return lintText(text, { rules, catalogues: run.catalogues, locale: run.locale ?? 'zh-CN', filePath: run.filePath }).findings;
}

export function model(text: string) {
  return buildModel(text, 'test.md');
}

/** The source text a finding points at. */
export function spanOf(text: string, f: { range: { start: number; end: number } }): string {
  return text.slice(f.range.start, f.range.end);
}
