import type { Rule, SeveritySetting, Severity } from './rule.js';
import { validateWithSchema, type SchemaProblem } from '../schema/validator.js';

/** How a config sets a rule: a severity, or [severity, options]. */
export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

export interface ResolvedRule {
  rule: Rule<never>;
  severity: Severity;
  options: never;
}

export class RuleConfigError extends Error {
  constructor(
    message: string,
    readonly ruleId: string,
    readonly problems: SchemaProblem[] = [],
  ) {
    super(message);
  }
}

/**
 * Turn rule settings into the list of rules to run: severities applied, options validated against
 * each rule's schema with defaults filled in. Done once per config, not per file.
 * `includeInfo` false drops info-level rules (they run only when asked for).
 */
export function resolveRules(rules: readonly Rule<never>[], settings: Record<string, RuleSetting> = {}, includeInfo = true): ResolvedRule[] {
  const known = new Map(rules.map((r) => [r.meta.id, r]));
  for (const id of Object.keys(settings)) {
    if (!known.has(id)) {
      const hint = closest(id, [...known.keys()]);
      throw new RuleConfigError(`unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ''}`, id);
    }
  }
  const out: ResolvedRule[] = [];
  for (const rule of rules) {
    const setting = settings[rule.meta.id];
    const [severity, rawOptions] = Array.isArray(setting) ? [setting[0], setting[1]] : [setting ?? rule.meta.severity, undefined];
    if (severity === 'off') continue;
    if (severity === 'info' && !includeInfo) continue;
    const options = structuredClone(rawOptions ?? {});
    if (rule.meta.schema) {
      const problems = validateWithSchema(rule.meta.schema, options);
      if (problems.length) {
        const first = problems[0];
        throw new RuleConfigError(`rules["${rule.meta.id}"] options ${first.path === '(root)' ? '' : first.path + ' '}${first.message.en}`, rule.meta.id, problems);
      }
    }
    out.push({ rule, severity, options: options as never });
  }
  return out;
}

/** The most similar id within a small edit distance, for "did you mean". */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
