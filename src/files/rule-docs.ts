import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalizedText, RuleMeta } from '../engine/rule.js';

/**
 * A rule's doc page (`rules/<id>.md`), read once and split into the parts that the CLI
 * (--explain, --list-rules), the reports (SARIF help, HTML explanation) and the editor (hover) show.
 * The page is the single source of a rule's explanation; nothing else restates it.
 */
export interface RuleDoc {
  id: string;
  /** Absolute path of the page. */
  path: string;
  /** The whole page as written. */
  markdown: string;
  /** The line under the title: "中文摘要 · English summary", split. */
  summary: LocalizedText;
  /** "## 说明" and "## Explanation" bodies (Markdown). */
  explanation: LocalizedText;
  /** Fenced code blocks under "## Examples", by the "Invalid:"/"Valid:" label before them. */
  examples: { valid: string[]; invalid: string[] };
}

/** Find the package root (the folder with package.json and rules/), from src/ or dist/src/. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'rules'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('policylint: cannot find the package folder with rules/');
    dir = up;
  }
}

/** Split a doc page's text into its parts. Exported for tests and for plugin docs read elsewhere. */
export function parseRuleDoc(id: string, path: string, markdown: string): RuleDoc {
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r?\n/);
  const sections = new Map<string, string[]>();
  let current = '';
  let fence: string | undefined;
  const preamble: string[] = [];
  for (const line of lines) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) fence = fence ? undefined : marker;
    const heading = !fence && !marker ? /^##\s+(.+?)\s*$/.exec(line) : null;
    if (heading) {
      current = heading[1];
      sections.set(current, []);
      continue;
    }
    (current ? sections.get(current)! : preamble).push(line);
  }
  const body = (names: string[]) => {
    for (const name of names) {
      const found = [...sections.entries()].find(([h]) => h.toLowerCase() === name.toLowerCase());
      if (found) return found[1].join('\n').trim();
    }
    return '';
  };
  const summaryLine = preamble.find((l) => l.trim() && !l.startsWith('#') && !l.startsWith('-'))?.trim() ?? '';
  const [zhSummary, enSummary] = summaryLine.includes(' · ') ? summaryLine.split(' · ') : [summaryLine, summaryLine];

  const examples = { valid: [] as string[], invalid: [] as string[] };
  let label: 'valid' | 'invalid' | undefined;
  let block: string[] | undefined;
  let blockFence = '';
  for (const line of (sections.get('Examples') ?? sections.get('示例') ?? [])) {
    if (block) {
      if (line.trim().startsWith(blockFence) && line.trim().replace(/[`~]/g, '') === '') {
        if (label) examples[label].push(block.join('\n'));
        block = undefined;
      } else block.push(line);
      continue;
    }
    const open = /^\s*(`{3,}|~{3,})/.exec(line);
    if (open) {
      block = [];
      blockFence = open[1];
      continue;
    }
    if (/^\s*(invalid|错误|不合规)/i.test(line)) label = 'invalid';
    else if (/^\s*(valid|正确|合规)/i.test(line)) label = 'valid';
  }
  return {
    id,
    path,
    markdown,
    summary: { 'zh-CN': zhSummary.trim(), en: (enSummary ?? zhSummary).trim() },
    explanation: { 'zh-CN': body(['说明']), en: body(['Explanation']) },
    examples,
  };
}

const cache = new Map<string, RuleDoc | undefined>();

/**
 * The doc page of a rule: `meta.docs` is a path relative to the package root for built-in rules,
 * or an absolute path (plugins). Undefined when the page does not exist or is a URL.
 */
export function loadRuleDoc(meta: Pick<RuleMeta, 'id' | 'docs'>): RuleDoc | undefined {
  if (/^[a-z]+:\/\//i.test(meta.docs)) return undefined;
  const path = isAbsolute(meta.docs) ? meta.docs : join(packageRoot(), meta.docs);
  if (cache.has(path)) return cache.get(path);
  let doc: RuleDoc | undefined;
  try {
    doc = parseRuleDoc(meta.id, path, readFileSync(path, 'utf8'));
  } catch {
    doc = undefined;
  }
  cache.set(path, doc);
  return doc;
}
