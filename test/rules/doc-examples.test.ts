import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { loadRuleDoc } from '../../src/files/rule-docs.js';
import { loadShippedCatalogues } from '../../src/files/catalogues.js';
import { fixText } from '../../src/engine/fix.js';
import { resolveRules } from '../../src/engine/rule-settings.js';
import { runRule } from '../helpers/lint.js';

// Every built-in rule's doc page (meta.docs) states the rule's meta, and every example on it
// behaves as the page shows: an Invalid block gets at least one finding of the rule, a Valid block
// none. The examples run as a user's would, with the shipped catalogues and registry.
const catalogues = loadShippedCatalogues();

// These pages give a shorter summary than meta.description (the summary is what --list-rules,
// hover and the reports show); every other page repeats the description word for word.
const SHORTER_SUMMARY = new Set([
  'structure-front-matter', 'date-invalid', 'date-reference-mismatch', 'date-anachronism', 'date-doc-number-year', 'date-missing-year',
  'target-missing', 'target-past-deadline', 'target-non-monotonic', 'target-no-deadline', 'list-count-mismatch', 'list-inconsistent',
  'catalogue-unknown-item', 'catalogue-misquote',
]);

describe.each(builtinRules.map((rule) => [rule.meta.id, rule] as const))('%s doc page', (id, rule) => {
  const { meta } = rule;
  const doc = loadRuleDoc(meta);
  // Pages end their example blocks without a newline; documents end with one.
  const example = (code: string) => `${code}\n`;

  it('states the rule’s meta, in both languages', () => {
    expect(meta.docs).toBe(`rules/${id}.md`);
    expect(doc, meta.docs).toBeDefined();
    const page = doc!.markdown;
    expect(page.startsWith(`# ${id}\n`)).toBe(true);
    expect(page).toContain(`Default severity: ${meta.severity}`);
    expect(page).toContain(`Fixable: ${meta.fixable ? 'yes' : meta.hasSuggestions ? 'no (suggestions)' : 'no'}`);
    expect(doc!.summary['zh-CN']).not.toBe('');
    expect(doc!.summary.en).not.toBe('');
    if (!SHORTER_SUMMARY.has(id)) expect(doc!.summary).toEqual({ 'zh-CN': meta.description['zh-CN'], en: meta.description.en });
    expect(page).toContain('## 说明');
    expect(page).toContain('## Explanation');
    expect(doc!.explanation['zh-CN']).not.toBe('');
    expect(doc!.explanation.en).not.toBe('');
  });

  it('has its description and every message in both locales', () => {
    expect(meta.description['zh-CN']).not.toBe('TODO');
    for (const m of Object.values({ description: meta.description, ...meta.messages })) {
      expect(m['zh-CN']).toBeTruthy();
      expect(m.en).toBeTruthy();
    }
  });

  it('labels every example block Invalid or Valid, with at least one of each', () => {
    const blocks = doc!.markdown.match(/^```markdown$/gm) ?? [];
    expect(doc!.examples.invalid.length).toBeGreaterThan(0);
    expect(doc!.examples.valid.length).toBeGreaterThan(0);
    expect(doc!.examples.invalid.length + doc!.examples.valid.length).toBe(blocks.length);
  });

  it.each(doc?.examples.invalid ?? [])('reports the Invalid example %#', (code) => {
    expect(runRule(id, example(code), { catalogues }).length).toBeGreaterThan(0);
    // A fixable rule's fix of the example leaves nothing for the rule to report.
    if (meta.fixable) {
      const fixed = fixText(example(code), { rules: resolveRules([rule]), catalogues }).output;
      expect(runRule(id, fixed, { catalogues })).toEqual([]);
    }
  });

  it.each(doc?.examples.valid ?? [])('accepts the Valid example %#', (code) => {
    expect(runRule(id, example(code), { catalogues })).toEqual([]);
  });
});
