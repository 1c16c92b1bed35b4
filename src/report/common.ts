import path from 'node:path';
import type { Finding, LintResult } from '../engine/findings.js';
import type { Category, Locale, LocalizedText, RuleMeta, Severity } from '../engine/rule.js';
import { loadRuleDoc } from '../files/rule-docs.js';

/**
 * A rule as the reports describe it: plain data, so a formatter stays a pure function of its
 * inputs (merge-reports and worker threads pass these around).
 */
export interface ReportRule {
  id: string;
  category: Category;
  /** The severity the run used (the first configuration's, when configurations differ). */
  severity: Severity;
  defaultSeverity: Severity;
  fixable: boolean;
  description: LocalizedText;
  /** From the doc page; the description when the page has none. */
  summary: LocalizedText;
  /** The doc page's 说明 / Explanation (Markdown); empty without a page. */
  explanation: LocalizedText;
  /** The whole doc page (Markdown), for SARIF help.markdown. */
  markdown?: string;
  /** Where the doc page is published, when known. */
  docsUrl?: string;
}

export interface ToolInfo {
  name: string;
  version: string;
  informationUri: string;
}

export interface FormatOptions {
  /** Paths are shown relative to this. */
  cwd: string;
  locale: Locale;
  /** ANSI colours (stylish only). */
  color: boolean;
  /** Every rule that ran (SARIF driver rules, JUnit test cases, explanations in HTML). */
  rules?: ReportRule[];
  tool?: ToolInfo;
  /** The git repository root holding cwd, when inside one (SARIF uris are relative to it). */
  repositoryRoot?: string;
}

/**
 * Used for SARIF informationUri and rule doc links when package.json has no `homepage`
 * (documented in the README).
 */
export const DEFAULT_HOMEPAGE = 'https://github.com/policylint/policylint';

/** Where a doc page is published: a GitHub homepage's tree, else the homepage itself. */
export function docsUrlFor(meta: Pick<RuleMeta, 'docs'>, homepage: string = DEFAULT_HOMEPAGE): string | undefined {
  if (/^[a-z]+:\/\//i.test(meta.docs)) return meta.docs;
  if (path.isAbsolute(meta.docs)) return undefined; // a plugin's local page: no published address
  const base = homepage.replace(/#.*$/, '').replace(/\/+$/, '');
  const github = /^https:\/\/github\.com\/[^/]+\/[^/]+$/.test(base);
  return `${base}${github ? '/blob/HEAD' : ''}/${meta.docs.split(path.sep).join('/')}`;
}

/** Describe the rules that ran, reading each doc page once. */
export function describeRules(rules: { rule: { meta: RuleMeta }; severity: Severity }[], homepage?: string): ReportRule[] {
  const seen = new Map<string, ReportRule>();
  for (const { rule, severity } of rules) {
    const meta = rule.meta;
    if (seen.has(meta.id)) continue;
    const doc = loadRuleDoc(meta);
    const described: ReportRule = {
      id: meta.id,
      category: meta.category,
      severity,
      defaultSeverity: meta.severity,
      fixable: meta.fixable,
      description: meta.description,
      summary: {
        'zh-CN': doc?.summary['zh-CN'] || meta.description['zh-CN'],
        en: doc?.summary.en || meta.description.en,
      },
      explanation: { 'zh-CN': doc?.explanation['zh-CN'] ?? '', en: doc?.explanation.en ?? '' },
    };
    if (doc) described.markdown = doc.markdown;
    const url = docsUrlFor(meta, homepage);
    if (url) described.docsUrl = url;
    seen.set(meta.id, described);
  }
  return [...seen.values()];
}

/** A path relative to `base` with forward slashes; absolute (forward slashes) when outside it. */
export function relativePath(file: string, base: string): string {
  const abs = path.resolve(base, file);
  const rel = path.relative(base, abs);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
  return shown.split(path.sep).join('/');
}

/** A message on one line (machine formats put one finding per line). */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export const SEVERITY_WORD: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'info' };

/** The category of a finding: its rule's, else the rule id's first word; 'other' for ruleless findings. */
export function categoryOf(f: Pick<Finding, 'ruleId'>, rules: Map<string, ReportRule>): string {
  if (!f.ruleId) return 'other';
  return rules.get(f.ruleId)?.category ?? f.ruleId.split('-')[0];
}

export function ruleMap(rules: ReportRule[] | undefined): Map<string, ReportRule> {
  return new Map((rules ?? []).map((r) => [r.id, r]));
}

/** The proposed correction of a finding: its fix, else its first suggestion. */
export function correctionOf(f: Finding): { text: string; desc?: string } | undefined {
  if (f.fix) return { text: f.fix.text };
  const s = f.suggestions?.[0];
  return s ? { text: s.fix.text, desc: s.desc } : undefined;
}

export function countBy(results: LintResult[], key: (f: Finding) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of results) for (const f of r.findings) out.set(key(f), (out.get(key(f)) ?? 0) + 1);
  return out;
}

/** A report made result by result: `add` gives text ready to write ('' when none is yet), `end` the rest. */
export interface ReportPieces {
  add(result: LintResult): string;
  end(): string;
}

/** A piecewise report over results read one at a time, its empty pieces dropped. */
export function* inPieces(pieces: ReportPieces, results: Iterable<LintResult>): Generator<string> {
  for (const r of results) {
    const piece = pieces.add(r);
    if (piece) yield piece;
  }
  yield pieces.end();
}
