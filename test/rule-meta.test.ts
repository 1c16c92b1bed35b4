import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { builtinRules } from '../rules/index.js';
import { CATEGORIES, LOCALES } from '../src/engine/rule.js';
import { compileSchema } from '../src/schema/validator.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('built-in rules', () => {
  it('registers every rule file exactly once', () => {
    const files = readdirSync(join(root, 'rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3)).sort();
    expect(builtinRules.map((r) => r.meta.id).sort()).toEqual(files);
  });

  for (const rule of builtinRules) {
    const { meta } = rule;
    describe(meta.id, () => {
      it('has a kebab-case id starting with its category', () => {
        expect(meta.id).toMatch(/^[a-z]+(?:-[a-z0-9]+)+$/);
        expect(CATEGORIES).toContain(meta.category);
        expect(meta.id.startsWith(meta.category + '-')).toBe(true);
      });

      it('describes itself and words every message in zh-CN and en', () => {
        for (const locale of LOCALES) {
          expect(meta.description[locale]).toBeTruthy();
          expect(meta.description[locale]).not.toBe('TODO');
        }
        expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
        for (const [id, text] of Object.entries(meta.messages)) {
          for (const locale of LOCALES) expect(text[locale], `${id} ${locale}`).toBeTruthy();
          // Both languages fill the same placeholders.
          const names = (s: string) => [...s.matchAll(/\{\{\s*([\w-]+)\s*\}\}/g)].map((m) => m[1]).sort();
          expect(names(text.en), id).toEqual(names(text['zh-CN']));
        }
      });

      it('has a compilable options schema when it takes options', () => {
        if (meta.schema) expect(() => compileSchema(meta.schema!)).not.toThrow();
      });

      it('has a doc page with invalid and valid examples, and a test file', () => {
        expect(meta.docs).toBe(`rules/${meta.id}.md`);
        const doc = join(root, meta.docs);
        expect(existsSync(doc), doc).toBe(true);
        const text = readFileSync(doc, 'utf8');
        expect(text.startsWith(`# ${meta.id}`)).toBe(true);
        expect(text).toMatch(/Invalid/);
        expect(text).toMatch(/Valid/);
        expect(text).toMatch(/```markdown/);
        expect(existsSync(join(root, 'test/rules', `${meta.id}.test.ts`))).toBe(true);
      });
    });
  }
});

describe('default severities', () => {
  it('are pinned for every built-in rule', () => {
    const expected: Record<string, string> = {
      'date-invalid': 'error', 'date-reference-mismatch': 'error', 'date-anachronism': 'error', 'date-doc-number-year': 'error',
      'target-past-deadline': 'error', 'target-non-monotonic': 'error', 'list-count-mismatch': 'error', 'list-inconsistent': 'error',
      'catalogue-misquote': 'error', 'structure-front-matter': 'error',
      'target-missing': 'warn', 'target-no-deadline': 'warn', 'list-duplicate-item': 'warn', 'catalogue-unknown-item': 'warn',
      'date-missing-year': 'info',
      'reference-docnum-bracket': 'error', 'reference-docnum-year': 'error', 'reference-docnum-serial': 'error', 'reference-cite-paren': 'error',
      'reference-cite-consistency': 'error', 'reference-nested-title': 'error', 'reference-cite-without-title': 'warn',
      'date-signing-numerals': 'error', 'date-zero-padded': 'error', 'date-weekday': 'error', 'date-two-digit-year': 'warn', 'date-range-dash': 'warn',
      'punctuation-halfwidth': 'warn',
      'punctuation-unpaired': 'warn',
      'punctuation-ellipsis': 'warn',
      'punctuation-dash': 'warn',
      'punctuation-repeat': 'warn',
      'punctuation-ordinal': 'error',
      'punctuation-heading-stop': 'warn',
      'punctuation-dunhao-conjunction': 'warn',
      'number-approx-dunhao': 'warn',
      'number-approx-redundant': 'warn',
      'number-fullwidth-digit': 'error',
      'number-zero-glyph': 'error',
      'number-range-unit': 'warn',
      'number-range-sign': 'warn',
      'structure-heading-order': 'warn',
      'structure-numbering-sequence': 'error',
      'structure-attachment-mismatch': 'warn',
      'structure-placeholder': 'warn',
      'term-substitution': 'warn',
    };
    expect(Object.fromEntries(builtinRules.map((r) => [r.meta.id, r.meta.severity]))).toEqual(expected);
  });
});
