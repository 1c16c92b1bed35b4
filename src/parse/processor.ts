import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { Root, RootContent, Link, Text, PhrasingContent, Parent } from 'mdast';
import type { Node } from 'unist';
import { visit, SKIP } from 'unist-util-visit';
import { location } from 'vfile-location';
import { planBlocks } from './block-plan.js';
import { frontMatterNode, plainGroupNodes } from './plain-block-nodes.js';

/**
 * Text pasted from Word or a web page is often indented with spaces; CommonMark would turn a line
 * indented by four into a code block and hide it from every check. Policy drafts have no indented
 * code (fenced code still works), so that construct is switched off.
 */
function noIndentedCode(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
}

// Frozen processors shared by every file: building one costs more than a small parse.
const processor = unified()
  .use(remarkParse)
  .use(noIndentedCode)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  // Without it `**重点项目，**是指` yields no strong node (CommonMark flanking rules ignore CJK punctuation).
  .use(remarkCjkFriendly)
  .freeze();

// The same without GFM. GFM's table construct is tried at the start of every line, which makes
// it the costliest part of a parse; most drafts use no GFM syntax at all.
const commonmarkProcessor = unified().use(remarkParse).use(noIndentedCode).use(remarkFrontmatter, ['yaml']).use(remarkCjkFriendly).freeze();

// Both again without front matter, for the regions of a text that do not start it: front matter
// is only read at the start of a document, and a region starting with `---` is no such start.
const regionProcessor = unified().use(remarkParse).use(noIndentedCode).use(remarkGfm).use(remarkCjkFriendly).freeze();
const commonmarkRegionProcessor = unified().use(remarkParse).use(noIndentedCode).use(remarkCjkFriendly).freeze();

/**
 * Whether GFM could make a difference to this text. GFM constructs need one of these: tables and
 * task items `|` or `[`, strikethrough `~`, footnotes `[`, autolink literals `www.`, `http(s):` or
 * (e-mail, mailto:, xmpp:) `@`, in any case. Without them both parsers build the same tree (tested
 * on real texts), so the cheaper one is used. A one-column table needs no pipe: `政策` over a
 * delimiter row such as `:-`, `:-:` or `--:`, so a line that starts so asks for GFM too.
 */
const MAY_USE_GFM = /[|~[@]|www\.|https?:|^[ \t]*(?::-|-+:)/im;

/** Parse with GFM whatever the text holds (for tests that check both parsers agree). */
export function parseMarkdownWithGfm(text: string): Root {
  const tree = processor.parse(text) as Root;
  splitCjkAutolinks(tree, text);
  return tree;
}

/** Parse the whole text with remark (GFM only when the text may use it): the reference for `parseMarkdown`. */
export function parseMarkdownWithRemark(text: string): Root {
  if (MAY_USE_GFM.test(text)) return parseMarkdownWithGfm(text);
  return commonmarkProcessor.parse(text) as Root;
}

/**
 * Parse Markdown into mdast with exact positions; fixes GFM autolink literals that swallow CJK text.
 *
 * Plain blocks (see block-plan.ts) are built directly and only the other regions go through
 * remark, each parsed alone and moved to its place: micromark reads every character three times
 * and from-markdown compiles its events, most of a lint's time, for blocks whose tree is obvious.
 * The tree equals the one `parseMarkdownWithRemark` builds (test/parse/plain-blocks.test.ts).
 */
export function parseMarkdown(text: string): Root {
  const plan = planBlocks(text);
  if (plan === null || (plan.frontMatterEnd < 0 && !plan.blocks.some((block) => block.plain !== null))) return parseMarkdownWithRemark(text);
  const children: RootContent[] = plan.frontMatterEnd < 0 ? [] : [frontMatterNode(plan, text)];
  // GFM for every region when the text may use it anywhere, as for the whole text: a GFM table
  // needs no pipe, so a region without GFM's characters could still differ.
  const gfm = MAY_USE_GFM.test(text);
  for (const block of plan.blocks) {
    if (block.plain !== null) {
      children.push(...plainGroupNodes(plan, text, block.first, block.plain));
      continue;
    }
    const from = plan.lineStarts[block.first];
    const region = text.slice(from, plan.lineStarts[block.last] + plan.lines[block.last].length);
    const regionParser = from === 0 ? (gfm ? processor : commonmarkProcessor) : gfm ? regionProcessor : commonmarkRegionProcessor;
    const tree = regionParser.parse(region) as Root;
    if (gfm) splitCjkAutolinks(tree, region);
    for (const node of tree.children) {
      if (from > 0) shiftPositions(node, block.first, from);
      children.push(node);
    }
  }
  const lastLine = plan.lines.length - 1;
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: lastLine + 1, column: plan.lines[lastLine].length + 1, offset: text.length },
    },
  };
}

/** Move a region's node and its descendants down by `lines` lines and `offset` characters (a region starts at column 1). */
function shiftPositions(node: Node, lines: number, offset: number): void {
  const position = node.position;
  if (position) {
    node.position = {
      start: { line: position.start.line + lines, column: position.start.column, offset: position.start.offset! + offset },
      end: { line: position.end.line + lines, column: position.end.column, offset: position.end.offset! + offset },
    };
  }
  const children = (node as Partial<Parent>).children;
  if (children) for (const child of children) shiftPositions(child, lines, offset);
}

// A URL literal may only contain printable ASCII; GFM keeps going through full-width punctuation and Han.
const URL_TAIL = /[^\x21-\x7e]/;
const URL_IN_TEXT = /(?:https?:\/\/|www\.)[\x21-\x7e]+?(?=[.,:;!?'")\]]*(?:[^\x21-\x7e]|$))/g;

/**
 * GFM autolink literals run on until whitespace, so `（https://www.gov.cn）提交材料，…` becomes one link.
 * Cut such links at the first non-ASCII character and give the rest back as text (with its own
 * literal URLs re-linked), keeping every position exact.
 */
function splitCjkAutolinks(tree: Root, source: string): void {
  visit(tree, 'link', (node: Link, index, parent: Parent | undefined) => {
    if (!parent || index === undefined || !node.position) return;
    const start = node.position.start.offset!;
    const end = node.position.end.offset!;
    const raw = source.slice(start, end);
    // Only literal autolinks: their source is exactly their text (no <>, no [label](url)).
    if (node.children.length !== 1 || node.children[0].type !== 'text' || node.children[0].value !== raw) return;
    const cut = raw.search(URL_TAIL);
    if (cut <= 0) return;
    const pieces: PhrasingContent[] = [makeLink(source, start, start + cut, node.url.startsWith('http') ? '' : 'http://')];
    pieces.push(...linkifyText(source, start + cut, end));
    parent.children.splice(index, 1, ...(pieces as never[]));
    return [SKIP, index + pieces.length];
  });
}

function linkifyText(source: string, from: number, to: number): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const slice = source.slice(from, to);
  let last = 0;
  for (const m of slice.matchAll(URL_IN_TEXT)) {
    const s = m.index!;
    if (s > last) out.push(makeText(source, from + last, from + s));
    out.push(makeLink(source, from + s, from + s + m[0].length, m[0].startsWith('www.') ? 'http://' : ''));
    last = s + m[0].length;
  }
  if (last < slice.length) out.push(makeText(source, from + last, to));
  return out;
}

function makeText(source: string, start: number, end: number): Text {
  return { type: 'text', value: source.slice(start, end), position: positionOf(source, start, end) };
}

function makeLink(source: string, start: number, end: number, scheme: string): Link {
  const value = source.slice(start, end);
  return { type: 'link', url: scheme + value, title: null, children: [makeText(source, start, end)], position: positionOf(source, start, end) };
}

function positionOf(source: string, start: number, end: number) {
  const place = location(source);
  const a = place.toPoint(start)!;
  const b = place.toPoint(end)!;
  return { start: { line: a.line, column: a.column, offset: start }, end: { line: b.line, column: b.column, offset: end } };
}
