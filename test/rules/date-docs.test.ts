import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, ruleById } from '../helpers/lint.js';
import { REGISTRY } from '../fixtures/registry.js';

const IDS = ['date-invalid', 'date-reference-mismatch', 'date-anachronism', 'date-doc-number-year', 'date-missing-year'];
// The Jiangsu example needs the province the registry's 省政府 is resolved against.
const PROVINCE = '---\nprovince: 江苏省\nregion: 徐州市\n---\n\n';

/** The Markdown blocks after "Invalid" and "Valid" in a rule's doc page. */
function examples(id: string) {
  const page = readFileSync(ruleById(id).meta.docs, 'utf8');
  const block = (label: string) => new RegExp(`^${label}[^\\n]*:\\n\\n\`\`\`markdown\\n([\\s\\S]*?)\`\`\``, 'm').exec(page)?.[1];
  return { page, invalid: block('Invalid'), valid: block('Valid') };
}

describe('date rule doc pages', () => {
  for (const id of IDS) {
    it(`${id}: the page matches the rule and its examples behave as shown`, () => {
      const { page, invalid, valid } = examples(id);
      const rule = ruleById(id);
      expect(page.startsWith(`# ${id}\n`)).toBe(true);
      expect(page).toContain(`Default severity: ${rule.meta.severity}`);
      expect(page).toContain('## 说明');
      expect(page).toContain('## Explanation');
      const withMeta = (t: string) => (t.startsWith('---') ? t : PROVINCE + t);
      expect(runRule(id, withMeta(invalid!), { catalogues: REGISTRY }).length).toBeGreaterThan(0);
      expect(runRule(id, withMeta(valid!), { catalogues: REGISTRY })).toEqual([]);
    });
  }

  it('every rule has both locales for its description and messages', () => {
    for (const id of IDS) {
      const { meta } = ruleById(id);
      expect(meta.description['zh-CN']).not.toBe('TODO');
      for (const m of Object.values({ description: meta.description, ...meta.messages })) {
        expect(m['zh-CN']).toBeTruthy();
        expect(m.en).toBeTruthy();
      }
    }
  });
});
