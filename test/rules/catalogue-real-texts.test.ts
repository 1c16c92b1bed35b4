import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, spanOf } from '../helpers/lint.js';
import { loadShippedCatalogues } from '../../src/files/catalogues.js';

const catalogues = loadShippedCatalogues();

/** Both catalogue rules over a real text: [rule, flagged text] in document order. */
function findings(path: string): [string, string][] {
  const text = readFileSync(path, 'utf8');
  return ['catalogue-misquote', 'catalogue-unknown-item']
    .flatMap((id) => runRule(id, text, { catalogues, filePath: path }).map((f) => ({ id, f })))
    .sort((a, b) => a.f.range.start - b.f.range.start)
    .map(({ id, f }) => [id, spanOf(text, f)]);
}

describe('catalogue rules on the real texts', () => {
  it('Xuzhou interpretation: the misquoted Jiangsu X item and the local 生物育种, nothing else', () => {
    expect(findings('examples/xuzhou-interpretation.md')).toEqual([
      ['catalogue-misquote', '先进计算'],
      ['catalogue-unknown-item', '生物育种'],
    ]);
  });

  it('Suzhou news report: the two fields Jiangsu’s catalogue lacks, once each', () => {
    expect(findings('examples/suzhou-news-report.md')).toEqual([
      ['catalogue-unknown-item', '光子芯片与光器件'],
      ['catalogue-unknown-item', '数字金融'],
    ]);
  });

  it('Beijing 京政办发〔2025〕14号 (province level, no catalogue): nothing', () => {
    expect(findings('test/fixtures/real/beijing-jzbf-2025-14.txt')).toEqual([]);
  });

  it('Guangdong interpretation (no catalogue): nothing', () => {
    expect(findings('test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt')).toEqual([]);
  });

  // The raw seed pages, as the government site and the news mirror serve them.
  it('the raw seed pages give the same as their Markdown transcriptions where the place is known', () => {
    // The Xuzhou page names its issuer (徐州市…), so the place is inferred; the Suzhou page does not.
    const xuzhou = findings('test/fixtures/real/xuzhou-interpretation-page.txt');
    expect(xuzhou).toEqual([
      ['catalogue-misquote', '先进计算'],
      ['catalogue-unknown-item', '生物育种'],
    ]);
    expect(findings('test/fixtures/real/suzhou-news-report-page.txt')).toEqual([]);
  });
});

describe('doc page examples', () => {
  for (const id of ['catalogue-unknown-item', 'catalogue-misquote']) {
    it(`${id}: the Invalid example fires and the Valid one does not`, () => {
      const page = readFileSync(`rules/${id}.md`, 'utf8');
      const block = (label: string) => /```markdown\n([\s\S]*?)```/.exec(page.slice(page.indexOf(`\n${label}`)))![1];
      expect(runRule(id, block('Invalid'), { catalogues }).length).toBeGreaterThan(0);
      expect(runRule(id, block('Valid'), { catalogues })).toEqual([]);
    });
  }
});
