import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule } from './helpers/lint.js';
import { builtinRules } from '../rules/index.js';
const files = ['test/fixtures/real/beijing-jzbf-2025-14.txt','test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt','test/fixtures/real/suzhou-news-report-page.txt','test/fixtures/real/xuzhou-interpretation-page.txt','/work/shared/seeds/suzhou-news-report.txt','/work/shared/seeds/xuzhou-interpretation.txt','examples/suzhou-news-report.md','examples/xuzhou-interpretation.md', 'test/fixtures/proofreading/errors.md', 'test/fixtures/proofreading/clean.md', ...(process.env.EXTRA ?? '').split(',').filter(Boolean)];
it('dump', () => {
  for (const f of files) {
    const text = readFileSync(f.startsWith('/') ? f : '/work/wt/i5b/' + f, 'utf8');
    for (const r of builtinRules.filter(r => /^(punctuation|number|structure-(h|n|a|p)|term)/.test(r.meta.id))) {
      for (const x of runRule(r.meta.id, text)) if (r.meta.id !== 'punctuation-halfwidth' || f.includes('proofreading')) console.log(f.split('/').pop(), x.line + ':' + x.column, r.meta.id, x.message, JSON.stringify(x.fix?.text ?? ''));
    }
  }
});
