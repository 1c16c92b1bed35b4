// The rule's doc page is its single source of examples: they must behave as the page says.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRuleDoc, RuleTester } from 'policylint';
import plugin from '../index.mjs';

RuleTester.describe = describe;
RuleTester.it = it;

const rule = plugin.rules['cited-doc-number'];
// meta.docs is relative to the plugin module; policylint resolves it the same way when it loads the plugin.
const doc = loadRuleDoc({ id: 'house/cited-doc-number', docs: fileURLToPath(new URL(`../${rule.meta.docs}`, import.meta.url)) });

describe('house/cited-doc-number doc page', () => {
  it('exists, with a summary in both languages and valid and invalid examples', () => {
    expect(doc).toBeDefined();
    expect(doc.summary['zh-CN']).toBe(rule.meta.description['zh-CN']);
    expect(doc.summary.en).toBe(rule.meta.description.en);
    expect(doc.examples.invalid.length).toBeGreaterThan(0);
    expect(doc.examples.valid.length).toBeGreaterThan(0);
  });
});

// The options the page documents, taken from its "## Options" block.
const options = JSON.parse(/## Options\s+```json\n([\s\S]*?)```/.exec(doc.markdown)[1]);

new RuleTester().run('doc examples', rule, {
  valid: doc.examples.valid.map((code) => ({ code, options })),
  // Fixing the invalid example gives the valid one.
  invalid: doc.examples.invalid.map((code, i) => ({ code, options, errors: 1, output: doc.examples.valid[i] })),
});
