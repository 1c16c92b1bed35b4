import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, LintResult } from '../engine/findings.js';
import type { Locale, Severity } from '../engine/rule.js';
import { DEFAULT_HOMEPAGE, oneLine, type ReportRule, type ToolInfo } from './common.js';

const LEVEL: Record<Severity, 'note' | 'warning' | 'error'> = { info: 'note', warn: 'warning', error: 'error' };
const BASE_ID = '%SRCROOT%';

export interface SarifOptions {
  cwd?: string;
  locale?: Locale;
  rules?: ReportRule[];
  tool?: ToolInfo;
  /** Uris are relative to this (the git repository root) when the file lies inside it; else to cwd. */
  repositoryRoot?: string;
}

/** A relative path as a URI reference: each segment percent-encoded (汉字 and spaces included). */
function uriOf(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/');
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** Markdown help without the page's own `# id` title (code scanning shows the rule name above it). */
function helpMarkdown(rule: ReportRule, locale: Locale): string {
  if (rule.markdown) return rule.markdown.replace(/^\uFEFF?#\s+[^\n]*\n+/, '').trim();
  return rule.description[locale];
}

function helpText(rule: ReportRule, locale: Locale): string {
  const explanation = rule.explanation[locale] || rule.explanation[locale === 'en' ? 'zh-CN' : 'en'];
  return [rule.summary[locale], explanation].filter(Boolean).join('\n\n') || rule.description[locale];
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, the driver listing every rule that ran,
 * one result per finding with its location relative to %SRCROOT% (the repository root), related
 * locations, and fixes from a finding's fix and suggestions. Problems that are no rule's (a file
 * that cannot be read) are tool execution notifications, so they neither vanish nor pose as rules.
 */
export function toSarif(results: LintResult[], { cwd = process.cwd(), locale = 'zh-CN', rules = [], tool, repositoryRoot }: SarifOptions = {}): object {
  const info: ToolInfo = tool ?? { name: 'policylint', version: '0.0.0', informationUri: DEFAULT_HOMEPAGE };
  const ruleList = [...rules];
  // A finding of a rule the caller did not describe (a merged report) still gets a driver entry.
  for (const r of results) {
    for (const f of r.findings) {
      if (f.ruleId && !ruleList.some((x) => x.id === f.ruleId)) {
        const category = f.ruleId.split('-')[0] as ReportRule['category'];
        const text = { 'zh-CN': f.ruleId, en: f.ruleId };
        ruleList.push({ id: f.ruleId, category, severity: f.severity, defaultSeverity: f.severity, fixable: false, description: text, summary: text, explanation: { 'zh-CN': '', en: '' } });
      }
    }
  }
  const ruleIndex = new Map(ruleList.map((r, i) => [r.id, i]));

  // One base for every uri: the repository root when there is one, else cwd. A file outside it
  // gets an absolute file: uri with no base id.
  const base = path.resolve(repositoryRoot ?? cwd);
  const artifacts: { location: { uri: string; uriBaseId?: string } }[] = [];
  const artifactIndex = new Map<string, number>();
  let baseUsed = false;
  const locate = (filePath: string) => {
    const abs = path.resolve(cwd, filePath);
    let index = artifactIndex.get(abs);
    if (index === undefined) {
      const rel = path.relative(base, abs);
      const inside = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
      const location = inside ? { uri: uriOf(rel.split(path.sep).join('/')), uriBaseId: BASE_ID } : { uri: pathToFileURL(abs).href };
      if (inside) baseUsed = true;
      index = artifacts.push({ location }) - 1;
      artifactIndex.set(abs, index);
    }
    return { ...artifacts[index].location, index };
  };

  const sarifResults: object[] = [];
  const notifications: object[] = [];
  for (const r of results) {
    const artifactLocation = locate(r.filePath);
    const physical = (f: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>) => ({
      artifactLocation,
      region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
    });
    for (const f of r.findings) {
      if (!f.ruleId) {
        notifications.push({ level: 'error', message: { text: oneLine(f.message) }, locations: [{ physicalLocation: physical(f) }] });
        continue;
      }
      const result: Record<string, unknown> = {
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: physical(f) }],
      };
      // Tracks the alert across commits: what and where in words, not the line number.
      const where = f.context ? `${f.context.text}\0${f.context.start}\0${f.context.end}` : `${f.line}:${f.column}`;
      const fingerprint = createHash('sha256').update(`${f.ruleId}\0${artifactLocation.uri}\0${f.message}\0${where}`).digest('hex').slice(0, 32);
      result.partialFingerprints = { 'policylintFinding/v1': fingerprint };
      if (f.related?.length) {
        result.relatedLocations = f.related.map((rel, id) => ({ id, message: { text: rel.message }, physicalLocation: physical(rel) }));
      }
      const edits = [
        ...(f.fix ? [{ desc: f.message, fix: f.fix }] : []),
        ...(f.suggestions ?? []),
      ];
      if (edits.length) {
        // Offsets count UTF-16 code units of the decoded text (a BOM is not text), as columnKind says.
        result.fixes = edits.map((e) => ({
          description: { text: e.desc },
          artifactChanges: [
            {
              artifactLocation,
              replacements: [{ deletedRegion: { charOffset: e.fix.range[0], charLength: e.fix.range[1] - e.fix.range[0] }, insertedContent: { text: e.fix.text } }],
            },
          ],
        }));
      }
      sarifResults.push(result);
    }
  }

  const driver = {
    name: info.name,
    version: info.version,
    semanticVersion: info.version,
    informationUri: info.informationUri,
    rules: ruleList.map((rule) => {
      const descriptor: Record<string, unknown> = {
        id: rule.id,
        shortDescription: { text: rule.summary[locale] || rule.description[locale] },
        fullDescription: { text: rule.description[locale] },
        help: { text: helpText(rule, locale), markdown: helpMarkdown(rule, locale) },
        defaultConfiguration: { level: LEVEL[rule.severity] },
        properties: { category: rule.category, tags: ['policylint', rule.category] },
      };
      if (rule.docsUrl) descriptor.helpUri = rule.docsUrl;
      return descriptor;
    }),
  };

  const run: Record<string, unknown> = {
    tool: { driver },
    invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
    columnKind: 'utf16CodeUnits',
    artifacts,
    results: sarifResults,
  };
  if (baseUsed) run.originalUriBaseIds = { [BASE_ID]: { uri: directoryUri(base) } };
  return {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [run],
  };
}

export function formatSarif(results: LintResult[], options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarif(results, options), null, 2)}\n`;
}
