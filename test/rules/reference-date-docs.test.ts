import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, ruleById } from '../helpers/lint.js';
import { fixWith } from '../helpers/fix.js';

// The reference- rules and the date- proofreading rules of issue 5: each page's examples behave as shown.
const IDS = [
  'reference-docnum-bracket', 'reference-docnum-year', 'reference-docnum-serial', 'reference-cite-paren', 'reference-cite-without-title',
  'reference-cite-consistency', 'reference-nested-title', 'date-signing-numerals', 'date-zero-padded', 'date-two-digit-year', 'date-weekday', 'date-range-dash',
];

function examples(id: string) {
  const page = readFileSync(ruleById(id).meta.docs, 'utf8');
  const block = (label: string) => new RegExp(`^${label}[^\\n]*:\\n\\n\`\`\`markdown\\n([\\s\\S]*?)\`\`\``, 'm').exec(page)?.[1];
  return { page, invalid: block('Invalid')!, valid: block('Valid')! };
}

describe('proofreading rule doc pages', () => {
  for (const id of IDS) {
    it(`${id}: the page states the rule's meta and its examples behave as shown`, () => {
      const { page, invalid, valid } = examples(id);
      const { meta } = ruleById(id);
      expect(page.startsWith(`# ${id}\n`)).toBe(true);
      expect(page).toContain(`Default severity: ${meta.severity}`);
      expect(page).toContain(`Fixable: ${meta.fixable ? 'yes' : meta.hasSuggestions ? 'no (suggestions)' : 'no'}`);
      expect(page).toContain('## 说明');
      expect(page).toContain('## Explanation');
      expect(runRule(id, invalid).length).toBeGreaterThan(0);
      expect(runRule(id, valid)).toEqual([]);
      // A fixable rule's fix of the invalid example leaves nothing for the rule to report.
      if (meta.fixable) expect(runRule(id, fixWith(id, invalid))).toEqual([]);
    });
  }
});
