import type { CatalogueSet } from '../catalogue/types.js';
import { applyEdits } from './fix.js';
import { EMPTY_CATALOGUES } from '../catalogue/types.js';
import { lintText } from './lint.js';
import type { Finding, FindingRelated } from './findings.js';
import { formatMessage, type Locale, type Rule } from './rule.js';
import { resolveRules, RuleConfigError } from './rule-settings.js';

export interface ValidTestCase {
  code: string;
  /** The rule's options object (validated against meta.schema, defaults applied). */
  options?: Record<string, unknown>;
  filename?: string;
  settings?: Record<string, unknown>;
  /** Shown as the test name (defaults to the code). */
  name?: string;
}

export interface ExpectedSuggestion {
  desc?: string;
  messageId?: string;
  data?: Record<string, string | number>;
  /** The text after applying this suggestion alone. */
  output: string;
}

export interface ExpectedRelated {
  /** The related location's message in the tester's locale, or a pattern it must match. */
  message?: string | RegExp;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export interface ExpectedError {
  messageId?: string;
  /** The whole message in the tester's locale, or a pattern it must match. */
  message?: string | RegExp;
  /** With messageId: the placeholders, checked by formatting the message. */
  data?: Record<string, string | number>;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The suggestions, in order; [] or null: none. */
  suggestions?: ExpectedSuggestion[] | null;
  /** The related locations, in order; [] or null: none. */
  related?: ExpectedRelated[] | null;
}

export interface InvalidTestCase extends ValidTestCase {
  /** The expected findings in source order, or how many there are. */
  errors: number | (ExpectedError | string)[];
  /** The text after fixes (applied like ESLint: non-overlapping, repeatedly, at most 10 passes); null: no fix. */
  output?: string | null;
}

export interface RuleTesterConfig {
  /** Catalogues the rule sees (none by default; pass loadShippedCatalogues() for the shipped ones). */
  catalogues?: CatalogueSet;
  /** The locale messages are checked in (default zh-CN). */
  locale?: Locale;
  /** Settings every case gets (a case's own settings are merged over them). */
  settings?: Record<string, unknown>;
}

type Runner = (name: string, fn: () => void) => unknown;

/** Thrown when a case fails, whatever test framework runs it. */
export class RuleTesterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssertionError';
  }
}

const MAX_FIX_PASSES = 10;

/**
 * Apply fixes that do not overlap (earliest first), like ESLint's one pass. Exported so the
 * tester's notion of "output" can be checked on its own; it is the engine's applyEdits, as --fix uses.
 */
export function applyFixes(text: string, fixes: readonly { range: [number, number]; text: string }[]): { text: string; applied: number } {
  const { output, applied } = applyEdits(text, fixes);
  return { text: output, applied: applied.length };
}

/**
 * Tests one rule against valid and invalid cases, like ESLint's RuleTester. It uses the test
 * framework's global `describe`/`it` when there are (vitest with globals, mocha, jest, node:test
 * when assigned), else runs every case at once and throws the first failure.
 */
export class RuleTester {
  /** Set these to plug in a framework that has no globals (e.g. `RuleTester.it = it` from vitest). */
  static describe?: Runner;
  static it?: Runner;

  constructor(private readonly config: RuleTesterConfig = {}) {}

  run(name: string, rule: Rule<never> | Rule<any>, tests: { valid: (string | ValidTestCase)[]; invalid: InvalidTestCase[] }): void {
    const g = globalThis as { describe?: Runner; it?: Runner };
    const describe: Runner = RuleTester.describe ?? g.describe ?? ((_, fn) => fn());
    const it: Runner = RuleTester.it ?? g.it ?? ((_, fn) => fn());
    if (!Array.isArray(tests?.valid) || !Array.isArray(tests?.invalid)) throw new RuleTesterError(`${name}: tests must have "valid" and "invalid" arrays`);
    // A suite that tests nothing is a mistake (a filter that matched no case, say), and frameworks
    // report an empty describe as a failure of their own: say which suite, and register none.
    if (tests.valid.length === 0 && tests.invalid.length === 0) throw new RuleTesterError(`${name}: no test cases; give at least one valid or invalid case`);
    describe(name, () => {
      if (tests.valid.length) {
        describe('valid', () => {
          for (const test of tests.valid) {
            const c = typeof test === 'string' ? { code: test } : test;
            it(c.name ?? c.code, () => this.checkValid(rule as Rule<never>, c));
          }
        });
      }
      if (tests.invalid.length) {
        describe('invalid', () => {
          for (const c of tests.invalid) it(c.name ?? c.code, () => this.checkInvalid(rule as Rule<never>, c));
        });
      }
    });
  }

  private lint(rule: Rule<never>, c: ValidTestCase, code = c.code): Finding[] {
    let rules;
    try {
      rules = resolveRules([rule], { [rule.meta.id]: [rule.meta.severity, c.options ?? {}] }, true);
    } catch (error) {
      if (error instanceof RuleConfigError) throw new RuleTesterError(`invalid options for ${rule.meta.id}: ${error.message}`);
      throw error;
    }
    const settings = { ...this.config.settings, ...c.settings };
    const findings = lintText(code, { rules, catalogues: this.config.catalogues ?? EMPTY_CATALOGUES, locale: this.locale, filePath: c.filename, settings }).findings;
    const crash = findings.find((f) => f.fatal);
    if (crash) throw new RuleTesterError(`${rule.meta.id} crashed: ${crash.message}`);
    return findings.filter((f) => f.ruleId === rule.meta.id);
  }

  private get locale(): Locale {
    return this.config.locale ?? 'zh-CN';
  }

  private checkValid(rule: Rule<never>, c: ValidTestCase): void {
    const findings = this.lint(rule, c);
    if (findings.length) {
      throw new RuleTesterError(`expected no findings for a valid case, got ${findings.length}:\n${findings.map((f) => `  ${f.line}:${f.column} ${f.message}`).join('\n')}`);
    }
  }

  private checkInvalid(rule: Rule<never>, c: InvalidTestCase): void {
    if (c.errors === undefined || (typeof c.errors === 'number' && c.errors < 1) || (Array.isArray(c.errors) && c.errors.length === 0)) {
      throw new RuleTesterError('an invalid case must expect at least one error');
    }
    const findings = this.lint(rule, c);
    if (findings.length === 0) throw new RuleTesterError('expected findings for an invalid case, but the rule reported nothing');
    const expected = typeof c.errors === 'number' ? c.errors : c.errors.length;
    if (findings.length !== expected) {
      throw new RuleTesterError(`expected ${expected} finding(s), got ${findings.length}:\n${findings.map((f) => `  ${f.line}:${f.column} ${f.message}`).join('\n')}`);
    }
    if (Array.isArray(c.errors)) c.errors.forEach((e, i) => this.checkError(rule, c, findings[i], typeof e === 'string' ? { message: e } : e, i));

    const hasFix = findings.some((f) => f.fix);
    if (hasFix && !rule.meta.fixable) throw new RuleTesterError(`${rule.meta.id} reported a fix but meta.fixable is false`);
    if (c.output === undefined) {
      if (hasFix) throw new RuleTesterError('the rule fixed this case: give the expected "output" (or null)');
      return;
    }
    if (c.output === null) {
      if (hasFix) throw new RuleTesterError('expected no fix, but the rule reported one');
      return;
    }
    if (!hasFix && c.output !== c.code) throw new RuleTesterError('expected a fix, but the rule reported none');
    let text = c.code;
    let fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
    for (let pass = 0; pass < MAX_FIX_PASSES && fixes.length; pass++) {
      const next = applyFixes(text, fixes);
      if (next.applied === 0 || next.text === text) break;
      text = next.text;
      fixes = this.lint(rule, c, text).flatMap((f) => (f.fix ? [f.fix] : []));
    }
    if (text !== c.output) throw new RuleTesterError(`output differs after fixes:\n  expected: ${JSON.stringify(c.output)}\n  actual:   ${JSON.stringify(text)}`);
  }

  private checkError(rule: Rule<never>, c: InvalidTestCase, f: Finding, e: ExpectedError, i: number): void {
    const at = `error ${i + 1} (${f.line}:${f.column})`;
    const fail = (what: string, expected: unknown, actual: unknown) => {
      throw new RuleTesterError(`${at}: ${what} should be ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    };
    if (e.messageId !== undefined) {
      if (!rule.meta.messages[e.messageId]) throw new RuleTesterError(`${at}: the rule has no messageId "${e.messageId}"`);
      if (f.messageId !== e.messageId) fail('messageId', e.messageId, f.messageId);
      if (e.data) {
        const message = formatMessage(rule.meta.messages[e.messageId][this.locale], e.data);
        if (message !== f.message) fail('message (from messageId and data)', message, f.message);
      }
    } else if (e.data) throw new RuleTesterError(`${at}: "data" needs a "messageId"`);
    // The message and place of the finding, or of one of its related locations.
    const checkPlace = (what: string, expected: ExpectedRelated, actual: FindingRelated) => {
      if (typeof expected.message === 'string' && actual.message !== expected.message) fail(`${what}message`, expected.message, actual.message);
      if (expected.message instanceof RegExp && !expected.message.test(actual.message)) fail(`${what}message matching`, String(expected.message), actual.message);
      for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
        if (expected[key] !== undefined && actual[key] !== expected[key]) fail(`${what}${key}`, expected[key], actual[key]);
      }
    };
    checkPlace('', e, f);
    if (e.related !== undefined) {
      const expected = e.related ?? [];
      const actual = f.related ?? [];
      if (actual.length !== expected.length) fail('number of related locations', expected.length, actual.length);
      expected.forEach((r, j) => checkPlace(`related ${j + 1} `, r, actual[j]));
    }
    if (e.suggestions !== undefined) {
      const expected = e.suggestions ?? [];
      const actual = f.suggestions ?? [];
      if (actual.length !== expected.length) fail('number of suggestions', expected.length, actual.length);
      expected.forEach((s, j) => {
        const got = actual[j];
        const desc = s.desc ?? (s.messageId ? formatMessage(rule.meta.messages[s.messageId]?.[this.locale] ?? '', s.data) : undefined);
        if (desc !== undefined && got.desc !== desc) fail(`suggestion ${j + 1} description`, desc, got.desc);
        const output = applyFixes(c.code, [got.fix]).text;
        if (output !== s.output) fail(`suggestion ${j + 1} output`, s.output, output);
      });
    }
  }
}
