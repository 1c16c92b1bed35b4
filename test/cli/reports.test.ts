import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT, runCli, tempTree } from './helpers.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/sarif-2.1.0/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

const WARN_ONLY = `---
title: 苏州市未来产业工作意见
region: 苏州市
level: city
date: 2024-01-10
---

重点发展第三代半导体、未来网络、氢能、生物育种等未来产业。
`;

describe('report formats through the built CLI', () => {
  let out: string;
  beforeAll(() => {
    ensureBuilt();
    out = mkdtempSync(path.join(os.tmpdir(), 'policylint-reports-'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes every format in one run over examples/ and keeps stylish on stdout', () => {
    const names = ['json', 'compact', 'unix', 'sarif', 'junit', 'github', 'markdown', 'html'];
    const args = ['examples/', ...names.flatMap((n) => ['--format', `${n}:${path.join(out, 'all', `report.${n}`)}`]), '--format', 'stylish'];
    const r = runCli(args, ROOT, { NO_COLOR: '1' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✖ 共 5 个问题（2 个错误，3 个警告）');
    const read = (n: string) => readFileSync(path.join(out, 'all', `report.${n}`), 'utf8');

    expect(JSON.parse(read('json')).flatMap((f: { messages: unknown[] }) => f.messages)).toHaveLength(5);
    expect(read('unix').trim().split('\n')).toHaveLength(5);
    expect(read('unix')).toContain('examples/xuzhou-interpretation.md:18:96: error ');
    expect(read('compact')).toContain('[date-reference-mismatch]');

    const sarif = JSON.parse(read('sarif'));
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    const driver = sarif.runs[0].tool.driver;
    expect(driver.version).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    expect(driver.informationUri).toMatch(/^https:\/\//);
    // Every rule that ran (info rules are off without --info), not only those with findings.
    expect(driver.rules.length).toBeGreaterThan(10);
    expect(driver.rules.some((x: { id: string }) => x.id === 'date-missing-year')).toBe(false);
    expect(sarif.runs[0].results).toHaveLength(5);

    const junit = read('junit');
    expect(XMLValidator.validate(junit)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(junit);
    expect(parsed.testsuites.failures).toBe('4');

    expect(read('github').trim().split('\n').map((l) => l.split(' ')[0])).toEqual(['::warning', '::warning', '::error', '::error', '::warning']);
    expect(read('markdown')).toContain('## policylint 检查报告');
    const html = read('html');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<mark>2013年11月</mark>');
    expect(html).not.toMatch(/<(?:link|img|iframe)\b|src="http|href="\/\//);
    // Atomic writes leave no temp files behind.
    expect(readdirSync(path.join(out, 'all')).sort()).toEqual(names.map((n) => `report.${n}`).sort());
  });

  it('makes SARIF uris relative to the git repository root, other formats relative to cwd', () => {
    const repo = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'policies/草案.md': WARN_ONLY });
    const r = runCli(['草案.md', '--format', 'sarif:../out.sarif', '--format', 'unix'], path.join(repo, 'policies'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^草案\.md:8:\d+: warning /);
    const sarif = JSON.parse(readFileSync(path.join(repo, 'out.sarif'), 'utf8'));
    expect(validateSarif(sarif)).toBe(true);
    const location = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(location).toMatchObject({ uri: `policies/${encodeURIComponent('草案')}.md`, uriBaseId: '%SRCROOT%' });
    expect(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${repo}/`);
    rmSync(repo, { recursive: true, force: true });
  });

  it('--output-file writes the single format to a file, creating its folder', () => {
    const dir = tempTree({ 'a.md': WARN_ONLY });
    const r = runCli(['a.md', '-f', 'junit', '-o', 'reports/junit.xml'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(XMLValidator.validate(readFileSync(path.join(dir, 'reports/junit.xml'), 'utf8'))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it('--max-warnings works with every format', () => {
    const dir = tempTree({ 'a.md': WARN_ONLY });
    const files = ['sarif', 'junit', 'markdown', 'html', 'unix', 'compact', 'json'].flatMap((f) => ['--format', `${f}:out/a.${f}`]);
    const over = runCli(['a.md', '--format', 'github', ...files, '--max-warnings', '0', '--locale', 'en'], dir);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('too many warnings (maximum: 0)');
    expect(over.stdout).toMatch(/^::warning file=a\.md,line=8,/);
    expect(readdirSync(path.join(dir, 'out'))).toHaveLength(7);
    const within = runCli(['a.md', '--format', 'github', ...files, '--max-warnings', '1'], dir);
    expect(within.code).toBe(0);
    expect(within.stderr).toBe('');
    rmSync(dir, { recursive: true, force: true });
  });

  it('rejects format combinations that cannot work, with exit 2 and a reason', () => {
    const r = runCli(['examples/', '--format', 'json', '--format', 'github'], ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('只能有一种格式输出到标准输出（json、github）');
    const en = runCli(['examples/', '--locale', 'en', '--format', 'pdf'], ROOT);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('--format must be one of stylish, json, compact, unix, sarif, junit, github, markdown, html (found "pdf")');
  });

  it('says which report could not be written, still writes the others, and exits 2', () => {
    const dir = tempTree({ 'a.md': WARN_ONLY, blocker: 'a file, not a folder' });
    const r = runCli(['a.md', '--format', 'sarif:blocker/r.sarif', '--format', 'junit:ok.xml', '--format', 'unix'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/无法把 sarif 报告写入 blocker\/r\.sarif：E\w+；请确认目录存在且可写/);
    expect(existsSync(path.join(dir, 'ok.xml'))).toBe(true);
    expect(r.stdout).toContain('a.md:8:');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'blocker', 'ok.xml']);

    // A report never replaces a linted file.
    const over = runCli(['a.md', '--format', 'html:a.md', '--locale', 'en'], dir);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('not writing the html report to a.md: that is one of the linted files');
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(WARN_ONLY);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('help', () => {
  it('lists every format in both languages', () => {
    ensureBuilt();
    const r = runCli(['--help'], ROOT);
    for (const name of ['sarif', 'junit', 'github', 'markdown', 'html', 'compact', 'unix']) expect(r.stdout.split(name).length - 1, name).toBeGreaterThanOrEqual(2);
    expect(r.stdout).toContain('--output-file');
  });
});
