import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { runRule, model } from '../helpers/lint.js';

// Precision on real texts: the four target rules give exactly these findings (none) on the two
// examples and the two real fixtures, as they stand and with the metadata a user would add.
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const RULES = ['target-missing', 'target-past-deadline', 'target-non-monotonic', 'target-no-deadline'];
const findingsOf = (text: string) => RULES.flatMap((id) => runRule(id, text).map((f) => `${id}: ${f.message}`));
const withFrontMatter = (fm: string[], text: string) => ['---', ...fm, '---', '', text].join('\n');

describe('target rules on real texts', () => {
  it('Xuzhou interpretation (政策解读): no findings', () => {
    expect(findingsOf(read('examples/xuzhou-interpretation.md'))).toEqual([]);
  });

  it('Suzhou news report (新闻报道) with coherent 2030/2035 goals: eight targets, no findings', () => {
    const text = read('examples/suzhou-news-report.md');
    expect(model(text).targets).toHaveLength(8);
    expect(findingsOf(text)).toEqual([]);
    // Even read as the 工作意见 itself, dated 2023-09-01, its goals are coherent.
    const asPlan = text.replace('kind: 新闻报道', 'kind: 工作意见\ndate: 2023-09-01');
    expect(model(asPlan).meta.kind?.value).toBe('工作意见');
    expect(findingsOf(asPlan)).toEqual([]);
  });

  it('Beijing 京政办发〔2025〕14号 excerpt (措施, no goals section yet): no findings', () => {
    const text = read('test/fixtures/real/beijing-jzbf-2025-14.txt');
    expect(findingsOf(text)).toEqual([]);
    const titled = withFrontMatter(['title: 北京市建立未来产业投入增长机制 促进未来产业发展的若干措施', 'date: 2025-07-24'], text);
    expect(model(titled).meta.kind?.value).toBe('措施');
    expect(findingsOf(titled)).toEqual([]);
  });

  it('Guangdong interpretation with an unbalanced title bracket: no findings', () => {
    const text = read('test/fixtures/real/guangdong-electronic-info-interpretation-2024.txt');
    expect(model(text).targets).toEqual([]);
    expect(findingsOf(text)).toEqual([]);
  });
});
