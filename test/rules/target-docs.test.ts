import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, ruleById } from '../helpers/lint.js';

// The examples on each target rule's doc page behave as the page says.
const IDS = ['target-missing', 'target-past-deadline', 'target-non-monotonic', 'target-no-deadline'];

function examples(page: string): { invalid: string; valid: string } {
  const block = (label: string) => {
    const m = new RegExp(`${label}:\\n\\n\`\`\`markdown\\n([\\s\\S]*?)\`\`\``).exec(page);
    if (!m) throw new Error(`no ${label} example`);
    return m[1];
  };
  return { invalid: block('Invalid'), valid: block('Valid') };
}

describe('target rule doc pages', () => {
  for (const id of IDS) {
    it(`${id}: the Invalid example is flagged and the Valid one is not`, () => {
      const page = readFileSync(new URL(`../../${ruleById(id).meta.docs}`, import.meta.url), 'utf8');
      expect(page.startsWith(`# ${id}\n`)).toBe(true);
      const { invalid, valid } = examples(page);
      expect(runRule(id, invalid).length).toBeGreaterThan(0);
      expect(runRule(id, valid)).toEqual([]);
    });
  }
});
