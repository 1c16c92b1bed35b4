import { describe, it, expect } from 'vitest';
import { loadRuleDoc } from '../../src/files/rule-docs.js';
import { runRule, ruleById } from '../helpers/lint.js';
import { fixWith } from '../helpers/fix.js';

// The proofreading rules of issue 5: each doc page states the rule's meta, and its examples behave as shown.
const IDS = [
  'reference-docnum-bracket', 'reference-docnum-year', 'reference-docnum-serial', 'reference-cite-paren', 'reference-cite-without-title',
  'reference-cite-consistency', 'reference-nested-title', 'date-signing-numerals', 'date-zero-padded', 'date-two-digit-year', 'date-weekday', 'date-range-dash',
  'punctuation-halfwidth', 'punctuation-unpaired', 'punctuation-ellipsis', 'punctuation-dash', 'punctuation-repeat',
  'punctuation-ordinal', 'punctuation-heading-stop', 'punctuation-dunhao-conjunction',
  'number-approx-dunhao', 'number-approx-redundant', 'number-fullwidth-digit', 'number-zero-glyph', 'number-range-unit', 'number-range-sign',
  'structure-heading-order', 'structure-numbering-sequence', 'structure-attachment-mismatch', 'structure-placeholder',
  'term-substitution',
];

describe('proofreading rule doc pages', () => {
  for (const id of IDS) {
    it(`${id}: the page states the rule's meta and its examples behave as shown`, () => {
      const { meta } = ruleById(id);
      const doc = loadRuleDoc(meta)!;
      const page = doc.markdown;
      expect(page.startsWith(`# ${id}\n`)).toBe(true);
      expect(page).toContain(`Default severity: ${meta.severity}`);
      expect(page).toContain(`Fixable: ${meta.fixable ? 'yes' : meta.hasSuggestions ? 'no (suggestions)' : 'no'}`);
      expect(doc.summary).toEqual({ 'zh-CN': meta.description['zh-CN'], en: meta.description.en });
      expect(doc.explanation['zh-CN']).not.toBe('');
      expect(doc.explanation.en).not.toBe('');
      const [invalid] = doc.examples.invalid;
      const [valid] = doc.examples.valid;
      expect(runRule(id, `${invalid}\n`).length, 'invalid example').toBeGreaterThan(0);
      expect(runRule(id, `${valid}\n`), 'valid example').toEqual([]);
      // A fixable rule's fix of the invalid example leaves nothing for the rule to report.
      if (meta.fixable) expect(runRule(id, fixWith(id, `${invalid}\n`))).toEqual([]);
    });
  }
});
