import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Finding, LintResult } from '../../src/engine/findings.js';
import { countFindings } from '../../src/engine/findings.js';
import { lintText } from '../../src/engine/lint.js';
import { addReportData } from '../../src/report/summary.js';
import { resolveRules } from '../../src/engine/rule-settings.js';
import { loadShippedCatalogues } from '../../src/files/catalogues.js';
import { builtinRules } from '../../rules/index.js';
import { describeRules, type ReportRule } from '../../src/report/common.js';
import { formatCompact, formatUnix } from '../../src/report/compact.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import { formatJunit } from '../../src/report/junit.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { toSarif } from '../../src/report/sarif.js';
import { escapeXml } from '../../src/report/xml.js';
import { formatHtml } from '../../src/report/html.js';
import { formatJson } from '../../src/report/json.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function result(filePath: string, findings: Finding[]): LintResult {
  return { filePath, findings, ...countFindings(findings) };
}

const at = { line: 3, column: 5, endLine: 3, endColumn: 9, range: { start: 40, end: 44 } };
const RULES: ReportRule[] = describeRules(resolveRules(builtinRules, {}, true));

/** The real examples, linted by the engine with every built-in rule. */
function lintExamples(): LintResult[] {
  const rules = resolveRules(builtinRules, {}, true);
  const catalogues = loadShippedCatalogues();
  return ['examples/suzhou-news-report.md', 'examples/xuzhou-interpretation.md'].map((rel) => {
    const file = path.join(ROOT, rel);
    // With the report data the runner adds for these formats (sentence contexts, the summary).
    const lint = lintText(readFileSync(file, 'utf8'), { filePath: file, rules, catalogues, locale: 'zh-CN' });
    addReportData(lint);
    const { model: _model, catalogueAlignment: _parent, ...r } = lint;
    return r;
  });
}

describe('compact and unix', () => {
  it('print one finding a line as path:line:col: severity message [rule-id], relative with forward slashes', () => {
    const results = [
      result('/w/docs/a.md', [
        { ...at, ruleId: 'date-invalid', severity: 'error', message: '日期不存在：\n2022年9月31日' },
        { ...at, line: 1, column: 1, ruleId: null, severity: 'error', message: '无法读取文件', fatal: true },
      ]),
    ];
    const out = formatUnix(results, { cwd: '/w' });
    expect(out.split('\n').filter(Boolean)).toEqual(['docs/a.md:3:5: error 日期不存在： 2022年9月31日 [date-invalid]', 'docs/a.md:1:1: error 无法读取文件']);
    const compact = formatCompact(results, { cwd: '/w', locale: 'en' });
    expect(compact).toContain('docs/a.md:3:5: error');
    expect(compact.trim().split('\n').pop()).toBe('2 problems (2 errors, 0 warnings)');
    expect(formatUnix([result('/w/a.md', [])], { cwd: '/w' })).toBe('');
  });
});

describe('github', () => {
  it('escapes data (%, CR, LF) and properties (also : and ,)', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('writes ::error / ::warning / ::notice with position and title', () => {
    const out = formatGithub(
      [
        result('/w/草稿,v1:final.md', [
          { ...at, ruleId: 'date-invalid', severity: 'error', message: '第一行\n第二行 100%' },
          { ...at, ruleId: 'list-duplicate-item', severity: 'warn', message: 'w' },
          { ...at, ruleId: 'date-missing-year', severity: 'info', message: 'i' },
        ]),
      ],
      { cwd: '/w' },
    );
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('::error file=草稿%2Cv1%3Afinal.md,line=3,col=5,endLine=3,endColumn=9,title=date-invalid::第一行%0A第二行 100%25');
    expect(lines[1].startsWith('::warning ')).toBe(true);
    expect(lines[2].startsWith('::notice ')).toBe(true);
  });
});

describe('markdown', () => {
  it('gives totals, a table per file with escaped cells, and links rule ids to their docs', () => {
    const findings: Finding[] = [{ ...at, ruleId: 'date-invalid', severity: 'error', message: 'a | b <img src=x>' }];
    const out = formatMarkdown([result('/w/a.md', findings), result('/w/b.md', [])], { cwd: '/w', locale: 'en', rules: RULES });
    expect(out).toContain('1 problem (1 error, 0 warnings)');
    expect(out).toContain('2 files checked, 1 file has problems');
    expect(out).toContain('| 3:5 | Error | a \\| b &lt;img src=x&gt; | [date-invalid](');
    expect(out).toMatch(/\[date-invalid\]\(https:\/\/[^)]+\/rules\/date-invalid\.md\)/);
    expect(out).not.toContain('b.md');
  });

  it('collapses a long file into <details>', () => {
    const many: Finding[] = Array.from({ length: 12 }, (_, i) => ({ ...at, line: i + 1, ruleId: 'date-invalid', severity: 'warn' as const, message: `m${i}` }));
    const out = formatMarkdown([result('/w/long.md', many)], { cwd: '/w', locale: 'zh-CN', rules: RULES });
    expect(out).toContain('<details>\n<summary>long.md — 12 个问题</summary>\n\n|');
    expect(out).toContain('共 12 个问题');
  });

  it('says so when there is nothing to report', () => {
    expect(formatMarkdown([result('/w/a.md', [])], { cwd: '/w', locale: 'zh-CN' })).toContain('没有发现问题');
  });
});

describe('junit', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) });

  it('escapes markup and the control characters XML 1.0 forbids', () => {
    const text = 'a<b>&"\'\u0007\u0000x\uD800';
    const escaped = escapeXml(text);
    expect(escaped).toBe('a&lt;b&gt;&amp;&quot;&apos;\\u0007\\u0000x\\ud800');
    expect(XMLValidator.validate(`<r a="${escaped}">${escaped}</r>`)).toBe(true);
  });

  it('writes one testsuite per file and one testcase per rule, failures with line and message', () => {
    const results = [
      result('/w/docs/a.md', [
        { ...at, ruleId: 'date-invalid', severity: 'error', message: '日期 <2022年9月31日> 不存在\u0001' },
        { ...at, line: 7, ruleId: 'date-invalid', severity: 'error', message: '第二处' },
        { ...at, ruleId: 'date-missing-year', severity: 'info', message: '缺少年份' },
      ]),
      result('/w/docs/b.md', [{ ...at, ruleId: null, severity: 'error', message: '无法读取文件', fatal: true }]),
    ];
    const xml = formatJunit(results, { cwd: '/w', rules: RULES });
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml);
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s: { name: string }) => s.name)).toEqual(['docs/a.md', 'docs/b.md']);
    const a = suites[0];
    expect(a.testcase).toHaveLength(RULES.length);
    expect(a.failures).toBe('1');
    const failing = a.testcase.find((c: { name: string }) => c.name === 'date-invalid');
    expect(failing.failure.message).toBe('3:5 日期 <2022年9月31日> 不存在\\u0001');
    expect(failing.failure['#text']).toContain('docs/a.md:7:5: error 第二处');
    const info = a.testcase.find((c: { name: string }) => c.name === 'date-missing-year');
    expect(info.failure).toBeUndefined();
    expect(info['system-out']).toContain('缺少年份');
    const b = suites[1];
    expect(b.errors).toBe('1');
    expect(b.testcase.find((c: { error?: unknown }) => c.error).error.message).toBe('无法读取文件');
    expect(doc.testsuites.tests).toBe(String(RULES.length * 2 + 1));
  });

  it('parses for the real examples', () => {
    const xml = formatJunit(lintExamples(), { cwd: ROOT, rules: RULES });
    const doc = parser.parse(xml);
    expect(Number(doc.testsuites.failures)).toBe(4);
  });
});

describe('sarif', () => {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/sarif-2.1.0/sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const tool = { name: 'policylint', version: '9.8.7', informationUri: 'https://example.org/policylint' };

  it('validates against the SARIF 2.1.0 schema and holds rules, levels, locations and fixes', () => {
    const results = lintExamples();
    const sarif = toSarif(results, { cwd: ROOT, rules: RULES, tool, repositoryRoot: ROOT }) as any;
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = sarif.runs[0];
    expect(run.tool.driver.version).toBe('9.8.7');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'date-reference-mismatch');
    expect(rule.defaultConfiguration.level).toBe('error');
    expect(rule.help.markdown).toContain('## 说明');
    expect(run.tool.driver.rules.find((r: { id: string }) => r.id === 'date-missing-year').defaultConfiguration.level).toBe('note');
    // The five findings of the README, plus info-level ones (these rules ran with --info).
    expect(run.results.filter((r: { level: string }) => r.level !== 'note')).toHaveLength(5);
    const r2013 = run.results.find((r: { ruleId: string }) => r.ruleId === 'date-reference-mismatch');
    expect(r2013.level).toBe('error');
    const loc = r2013.locations[0].physicalLocation;
    expect(loc.artifactLocation).toMatchObject({ uri: 'examples/xuzhou-interpretation.md', uriBaseId: '%SRCROOT%' });
    expect(loc.region).toEqual({ startLine: 18, startColumn: 96, endLine: 18, endColumn: 104 });
    const replacement = r2013.fixes[0].artifactChanges[0].replacements[0];
    expect(replacement.insertedContent.text).toBe('2023年11月');
    const source = readFileSync(path.join(ROOT, 'examples/xuzhou-interpretation.md'), 'utf8');
    expect(source.substr(replacement.deletedRegion.charOffset, replacement.deletedRegion.charLength)).toBe('2013年11月');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
    // Fingerprints: distinct per finding, and the same when the finding moves down a line.
    const prints = run.results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['policylintFinding/v1']);
    expect(new Set(prints).size).toBe(prints.length);
    const moved = results.map((r) => ({ ...r, findings: r.findings.map((f) => ({ ...f, line: f.line + 1, endLine: f.endLine + 1 })) }));
    const again = (toSarif(moved, { cwd: ROOT, rules: RULES, tool, repositoryRoot: ROOT }) as any).runs[0].results;
    expect(again.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['policylintFinding/v1'])).toEqual(prints);
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'catalogue-unknown-item').relatedLocations[0].physicalLocation.region.startLine).toBe(30);
  });

  it('percent-encodes Chinese paths, gives files outside the base absolute uris, and reports ruleless problems as notifications', () => {
    const results = [
      result('/repo/政策 草案/a.md', [{ ...at, ruleId: 'date-invalid', severity: 'warn', message: 'm' }]),
      result('/elsewhere/b.md', [{ ...at, line: 1, column: 1, endLine: 1, endColumn: 1, ruleId: null, severity: 'error', message: '无法读取文件', fatal: true }]),
    ];
    const sarif = toSarif(results, { cwd: '/repo/sub', rules: RULES, tool, repositoryRoot: '/repo' }) as any;
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = sarif.runs[0];
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('%E6%94%BF%E7%AD%96%20%E8%8D%89%E6%A1%88/a.md');
    expect(run.results[0].level).toBe('warning');
    expect(run.artifacts[1].location).toEqual({ uri: 'file:///elsewhere/b.md' });
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toBe('无法读取文件');
    expect(run.results).toHaveLength(1);
  });
});

describe('html (as text)', () => {
  it('escapes document text everywhere and allows only its own script and style', () => {
    const evil = '"><img src=x onerror=alert(1)><script>window.__pwned=1</script>';
    const findings: Finding[] = [
      { ...at, ruleId: 'date-invalid', severity: 'error', message: `bad ${evil}`, context: { text: `前${evil}后`, start: 1, end: 3 }, suggestions: [{ desc: evil, fix: { range: [1, 2], text: evil } }] },
    ];
    const r = { ...result(`/w/${evil}.md`, findings), document: { title: evil, alignment: [{ item: evil, line: 1, column: 1, list: 0, match: 'not-found' as const }], catalogue: { id: 'x', name: evil, source: evil } } };
    const html = formatHtml([r], { cwd: '/w', locale: 'zh-CN', rules: RULES });
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>window');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/);
    // The inline script at least parses (the browser tests run it).
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    expect(() => new Function(script)).not.toThrow();
  });

  it('files a problem that is no rule\'s (an unreadable file) under its own category, not under "all"', () => {
    const fatal = result('/w/gone.md', [{ ...at, ruleId: null, severity: 'error', message: '无法读取文件', fatal: true }]);
    const html = formatHtml([fatal], { cwd: '/w', locale: 'zh-CN', rules: RULES });
    expect(html).toContain('data-category="other" data-rule="" data-file="gone.md"');
    expect(html).toContain('<option value="other">其他</option>');
    expect(html).not.toContain('class="meta"');
  });

  it('is in English with locale en', () => {
    const html = formatHtml(lintExamples(), { cwd: ROOT, locale: 'en', rules: RULES });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Catalogue alignment');
    expect(html).not.toContain('目录对照');
  });

  it('shows each rule explanation once, with doc-page links reduced to their text', () => {
    const html = formatHtml(lintExamples(), { cwd: ROOT, locale: 'zh-CN', rules: RULES });
    expect(html.match(/<section class="rule-doc" id="rule-catalogue-unknown-item">/g)).toHaveLength(1);
    expect(html).not.toMatch(/\]\([a-z-]+\.md\)/);
  });
});

describe('json stays ESLint-shaped', () => {
  it('does not carry the report-only context or document summary', () => {
    const out = formatJson(lintExamples(), { cwd: ROOT });
    expect(out).not.toContain('"context"');
    expect(out).not.toContain('"alignment"');
  });
});
