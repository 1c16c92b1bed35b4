import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { resolveRules } from '../../src/engine/rule-settings.js';
import { addReportData, CONTEXT_MAX, findingContext } from '../../src/report/summary.js';
import { loadShippedCatalogues } from '../../src/files/catalogues.js';
import { builtinRules } from '../../rules/index.js';
import { buildModel } from '../../src/model/build.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rules = resolveRules(builtinRules, {});
const catalogues = loadShippedCatalogues();

/** A lint with the report data added, as the runner does for the HTML and SARIF reports. */
function withReportData(text: string, filePath?: string) {
  const lint = lintText(text, { filePath, rules, catalogues });
  addReportData(lint);
  return lint;
}

function lintExample(name: string) {
  const file = path.join(ROOT, 'examples', name);
  return withReportData(readFileSync(file, 'utf8'), file);
}

describe('finding context', () => {
  it('is the sentence around the finding with the span marked', () => {
    const r = lintExample('xuzhou-interpretation.md');
    const f = r.findings.find((x) => x.ruleId === 'date-reference-mismatch')!;
    expect(f.context).toBeDefined();
    const { text, start, end } = f.context!;
    expect(text.slice(start, end)).toBe('2013年11月');
    expect(text.startsWith('江苏省政府于2013年11月印发')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(CONTEXT_MAX + 2);
  });

  it('cuts a long sentence around the span, keeps CRLF text on one line, and survives a span in front matter', () => {
    const long = `${'甲'.repeat(300)}2023年2月29日${'乙'.repeat(300)}。`;
    const model = buildModel(`---\ntitle: 方案\r\n---\r\n\r\n${long}\r\n`, 'x.md');
    const at = model.text.indexOf('2023年2月29日');
    const c = findingContext(model, { start: at, end: at + 10 })!;
    expect(c.text.slice(c.start, c.end)).toBe('2023年2月29日');
    expect(c.text.startsWith('…') && c.text.endsWith('…')).toBe(true);
    expect(c.text.length).toBeLessThanOrEqual(CONTEXT_MAX + 2);
    const fm = findingContext(model, { start: 4, end: 9 })!;
    expect(fm.text.slice(fm.start, fm.end)).toBe('title');
    expect(fm.text).not.toContain('\r');
  });
});

describe('document summary', () => {
  it('carries metadata and each own-list item against the parent catalogue', () => {
    const r = lintExample('suzhou-news-report.md');
    const doc = r.document!;
    expect(doc).toMatchObject({ region: '苏州市', province: '江苏省' });
    expect(doc.catalogue).toMatchObject({ id: 'jiangsu-10x', source: '苏政发〔2023〕104号' });
    const first = doc.alignment.filter((a) => a.list === doc.alignment[0].list);
    expect(first.map((a) => a.item)).toEqual(['前沿新材料', '光子芯片与光器件', '元宇宙', '氢能', '数字金融', '细胞和基因诊疗', '空天开发', '量子技术']);
    expect(first.find((a) => a.item === '元宇宙')).toMatchObject({ match: 'alias', catalogueItem: '虚拟现实', line: 16 });
    expect(first.find((a) => a.item === '氢能')).toMatchObject({ match: 'exact' });
    expect(first.filter((a) => a.match === 'not-found').map((a) => a.item)).toEqual(['光子芯片与光器件', '数字金融']);
    // Plain data: survives structured cloning (worker threads) unchanged.
    expect(structuredClone(r.document)).toEqual(r.document);
    expect(structuredClone(r.findings)).toEqual(r.findings);
  });

  it('has no catalogue or alignment for a document no catalogue governs', () => {
    const r = withReportData('---\nregion: 杭州市\nlevel: city\n---\n\n重点发展氢能、量子科技、生物育种。\n');
    expect(r.document).toEqual({ region: '杭州市', province: '浙江省', level: 'city', alignment: [] });
  });
});

describe('report data is added on request', () => {
  it('the engine leaves out contexts and the summary; adding them changes nothing else', () => {
    const full = lintExample('xuzhou-interpretation.md');
    const file = path.join(ROOT, 'examples', 'xuzhou-interpretation.md');
    const lean = lintText(readFileSync(file, 'utf8'), { filePath: file, rules, catalogues });
    expect(full.document?.alignment).toBeDefined();
    expect(full.findings.some((f) => f.context)).toBe(true);
    expect(lean.document).toBeUndefined();
    expect(lean.findings.some((f) => f.context)).toBe(false);
    expect(lean.findings).toEqual(full.findings.map(({ context: _c, ...f }) => f));
    expect({ ...lean, findings: [], model: undefined }).toEqual({ ...full, findings: [], document: undefined, model: undefined });
  });
});
