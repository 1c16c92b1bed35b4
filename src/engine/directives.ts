import type { Directive } from '../model/types.js';
import type { Finding, Position } from './findings.js';
import type { Locale, Severity } from './rule.js';
import { closest } from './rule-settings.js';

export type UnusedDirectiveSetting = 'off' | 'warn' | 'error';

export interface DirectiveOptions {
  /** Every rule id the configuration knows (also rules turned off): other names are reported. Absent: names are not checked. */
  knownRuleIds?: ReadonlySet<string>;
  /** Report directives (or rule names in them) that suppressed nothing. */
  reportUnused?: UnusedDirectiveSetting;
  locale: Locale;
  toPosition(range: { start: number; end: number }): Position;
}

/**
 * Problems about directives are not any rule's: like ESLint they carry ruleId null, and a
 * `messageId` that says which problem it is.
 */
export const DIRECTIVE_MESSAGES = {
  unusedDirective: {
    'zh-CN': '未使用的 policylint-{{kind}} 指令（此处没有可屏蔽的问题）',
    en: 'unused policylint-{{kind}} directive (no problems were reported here)',
  },
  unusedRule: {
    'zh-CN': '未使用的 policylint-{{kind}} 指令（此处没有「{{rule}}」报告的问题）',
    en: 'unused policylint-{{kind}} directive (no problems were reported from "{{rule}}")',
  },
  unknownRule: {
    'zh-CN': 'policylint-{{kind}} 指令中的规则「{{rule}}」不存在{{hint}}',
    en: 'policylint-{{kind}} directive names an unknown rule "{{rule}}"{{hint}}',
  },
} as const;

interface Scope {
  directive: Directive;
  /** undefined: every rule. */
  rule?: string;
  used: boolean;
  applies(finding: Finding): boolean;
}

/**
 * Drop the findings that directives suppress and add findings about the directives themselves.
 * Positions are compared by source offset (block ranges) and by line (line directives).
 */
export function applyDirectives(findings: Finding[], directives: readonly Directive[], options: DirectiveOptions): Finding[] {
  if (directives.length === 0) return findings;
  const scopes: Scope[] = [];
  const problems: Finding[] = [];
  const say = (id: keyof typeof DIRECTIVE_MESSAGES, data: Record<string, string>, severity: Severity, range: { start: number; end: number }) => {
    const message = DIRECTIVE_MESSAGES[id][options.locale].replace(/\{\{(\w+)\}\}/g, (_, k: string) => data[k] ?? '');
    problems.push({ ruleId: null, severity, message, messageId: id, range, ...options.toPosition(range) });
  };

  for (const d of directives) {
    const names = d.rules.filter((r) => {
      if (!options.knownRuleIds || options.knownRuleIds.has(r.id)) return true;
      const hint = closest(r.id, [...options.knownRuleIds]);
      say('unknownRule', { kind: d.kind, rule: r.id, hint: hint ? (options.locale === 'en' ? `; did you mean "${hint}"?` : `；是否是指「${hint}」？`) : '' }, 'error', r.range);
      return false;
    });
    // A directive whose every name is unknown suppresses nothing (it must not widen to all rules).
    if (d.rules.length > 0 && names.length === 0) continue;
    const targets = names.length ? names.map((n) => n.id) : [undefined];
    if (d.kind === 'enable') continue;
    for (const rule of targets) {
      const matchesRule = (f: Finding) => f.ruleId !== null && !f.fatal && (rule === undefined || f.ruleId === rule);
      let applies: (f: Finding) => boolean;
      if (d.kind === 'disable-file') applies = matchesRule;
      else if (d.kind === 'disable-line') applies = (f) => matchesRule(f) && f.line >= d.line && f.line <= d.endLine;
      else if (d.kind === 'disable-next-line') applies = (f) => matchesRule(f) && f.line === d.endLine + 1;
      else {
        const end = enabledAt(d, rule, directives);
        // After a bare disable, `enable rule-a` turns just that rule back on (as in ESLint).
        const reenabled = (f: Finding) =>
          rule === undefined && directives.some((e) => e.kind === 'enable' && e.range.start >= d.range.end && e.range.start <= f.range.start && e.rules.some((r) => r.id === f.ruleId));
        applies = (f) => matchesRule(f) && f.range.start >= d.range.end && f.range.start < end && !reenabled(f);
      }
      scopes.push({ directive: d, rule, used: false, applies });
    }
  }

  const kept = findings.filter((f) => {
    let suppressed = false;
    for (const s of scopes) {
      if (s.applies(f)) {
        s.used = true;
        suppressed = true;
      }
    }
    return !suppressed;
  });

  const reportUnused = options.reportUnused ?? 'off';
  if (reportUnused !== 'off') {
    for (const s of scopes) {
      if (s.used) continue;
      if (s.rule === undefined) say('unusedDirective', { kind: s.directive.kind }, reportUnused, s.directive.range);
      else say('unusedRule', { kind: s.directive.kind, rule: s.rule }, reportUnused, s.directive.rules.find((r) => r.id === s.rule)?.range ?? s.directive.range);
    }
  }
  return [...kept, ...problems];
}

/** Where a block `disable` stops: the first later `enable` that covers its rule (or all rules). */
function enabledAt(d: Directive, rule: string | undefined, all: readonly Directive[]): number {
  for (const e of all) {
    if (e.kind !== 'enable' || e.range.start < d.range.end) continue;
    if (e.rules.length === 0 || (rule !== undefined && e.rules.some((r) => r.id === rule))) return e.range.start;
  }
  return Number.POSITIVE_INFINITY;
}
