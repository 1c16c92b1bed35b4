/**
 * What the parser produces: plain-text blocks with a map back to the source, the sections their
 * headings open, and the front matter. All ranges are UTF-16 offsets into the decoded source text
 * (BOM removed), end exclusive. The policy model (model/types.ts) is built on these.
 */

export interface SourceRange {
  start: number;
  end: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'tableCell' | 'html';

/** A run of plain text (markup removed) from one block of the document, with a map back to the source. */
export interface TextBlock {
  index: number;
  kind: BlockKind;
  /** Markdown heading depth (1–6) for `heading` blocks. */
  depth?: number;
  /** The text as written, without Markdown markup. */
  text: string;
  /**
   * The same text normalised one UTF-16 unit for one (so indices are shared with `text`):
   * full-width digits and Latin letters → ASCII, half-width , : ; ( ) ! ? → full width,
   * ~ → ～, CR/LF and tabs → space. Extractors match against this.
   */
  norm: string;
  /** offsets[i] = source offset of text[i]; offsets[text.length] = source offset just after the last character. */
  offsets: number[];
  range: SourceRange;
  /** Index of the innermost section this block belongs to, or -1 before the first section. */
  section: number;
  /** Sentences as [start, end) indices into `text`, split after 。！？ (and ；/newline kept inside). */
  sentences: BlockSpan[];
  /** Source ranges of inline code in this block: text proofreading leaves them alone. */
  code?: SourceRange[];
}

/** A span inside one block's text: indices into `TextBlock.text`. */
export interface BlockSpan {
  start: number;
  end: number;
}

export type NumberingStyle =
  | 'chinese' // 一、
  | 'paren-chinese' // （一）
  | 'arabic' // 1. or 1、
  | 'paren-arabic'; // （1）

export interface Section {
  index: number;
  /** Heading text without its numbering. */
  title: string;
  /** 1-based nesting level computed from Markdown depth and numbering style. */
  level: number;
  /** How the heading was written. */
  source: 'markdown' | 'numbered-paragraph';
  numbering?: { style: NumberingStyle; value: number; text: string; range: SourceRange };
  /** The heading line (or the numbered lead of a paragraph, up to its first 。 or the block end). */
  headingRange: SourceRange;
  /** From the heading to the start of the next section at the same or a higher level. */
  range: SourceRange;
  parent: number;
  /** Block indices whose `section` is this one (the heading block included). */
  blocks: number[];
  /** Whether the section or a subsection has text besides headings (an excerpt may stop at a heading). */
  hasBody: boolean;
  /** Whether the section or a subsection holds a table cell with a number (goals given as a table). */
  hasNumericTable: boolean;
}

export interface FrontMatterProblem {
  /** JSON path (ajv instancePath) or '' for YAML syntax errors. */
  path: string;
  message: { 'zh-CN': string; en: string };
  range: SourceRange;
}

export interface FrontMatter {
  present: boolean;
  range?: SourceRange;
  /** Raw parsed data, keys as written. */
  data: Record<string, unknown>;
  problems: FrontMatterProblem[];
}
