import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, ruleById } from '../helpers/lint.js';

const IDS = [
  'punctuation-halfwidth', 'punctuation-unpaired', 'punctuation-ellipsis', 'punctuation-dash', 'punctuation-repeat',
  'punctuation-ordinal', 'punctuation-heading-stop', 'punctuation-dunhao-conjunction',
  'number-approx-dunhao', 'number-approx-redundant', 'number-fullwidth-digit', 'number-zero-glyph', 'number-range-unit', 'number-range-sign',
  'structure-heading-order', 'structure-numbering-sequence', 'structure-attachment-mismatch', 'structure-placeholder',
  'term-substitution',
];

/** The Markdown blocks after "Invalid:" and "Valid:" in a rule's doc page. */
function examples(id: string) {
  const page = readFileSync(ruleById(id).meta.docs, 'utf8');
  const block = (label: string) => new RegExp(`^${label}:\\n\\n\`\`\`markdown\\n([\\s\\S]*?)\\n\`\`\``, 'm').exec(page)?.[1];
  return { page, invalid: block('Invalid'), valid: block('Valid') };
}

describe('proofreading rule doc pages', () => {
  for (const id of IDS) {
    it(`${id}: the page states the rule's severity and its examples behave as shown`, () => {
      const { page, invalid, valid } = examples(id);
      const { meta } = ruleById(id);
      expect(page).toContain(`Default severity: ${meta.severity}`);
      expect(page).toContain(`${meta.description['zh-CN']} · ${meta.description.en}`);
      expect(runRule(id, invalid! + '\n').length, 'invalid example').toBeGreaterThan(0);
      expect(runRule(id, valid! + '\n'), 'valid example').toEqual([]);
    });
  }
});
