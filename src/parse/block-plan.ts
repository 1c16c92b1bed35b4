/**
 * Which blocks of a text are so plain that their mdast is known without micromark.
 *
 * Policy drafts are mostly ATX headings, paragraphs of prose without Markdown syntax and simple
 * ordered lists. The text is cut into groups of lines at blank lines; a group is *plain* when every
 * line passes strict tests, and the other groups are handed to remark, merged into *regions* of
 * consecutive non-plain groups. The plan is built only when parsing a region alone must give the
 * nodes that the whole text gives (otherwise `planBlocks` returns null), so it excludes whatever
 * reaches across a blank line in CommonMark and GFM: definitions and footnotes (`]:`, used from
 * anywhere), fenced code and HTML blocks (may hold blank lines), list items next to a region (they
 * continue with indented lines or join its list), front matter (only at the very start). Plain
 * groups of items with one marker, separated by blank lines only, are one loose list.
 */

/** The shape of one line of a plain block. */
export type PlainLine =
  | { kind: 'heading'; depth: number }
  | { kind: 'paragraph' }
  /** `marker`: `-` or `+` for bullets, `.` or `)` after the number for ordered items. */
  | { kind: 'item'; marker: string; value: number | null; contentColumn: number }
  /** A blank line between the items of a loose list. */
  | { kind: 'blank' };

/** Lines `first`..`last` (0-based, inclusive): plain (with each line's shape) or parsed by remark. */
export interface Block {
  first: number;
  last: number;
  plain: PlainLine[] | null;
}

export interface BlockPlan {
  /** The text split at `\n` (the plan refuses `\r`). */
  lines: string[];
  /** Offset of the first character of each line. */
  lineStarts: number[];
  /**
   * The closing fence's line of front matter whose yaml node is built directly, else -1. Front
   * matter with blank lines at either end is parsed by remark (a region starting at line 0).
   */
  frontMatterEnd: number;
  /** Plain groups and remark regions in document order (blank lines between them belong to neither). */
  blocks: Block[];
}

// Anything that can reach across a blank line or tie distant blocks together: parse the whole text.
// CR, NUL and BOM change how micromark counts lines and columns; `]:` may end a definition (or
// footnote) label; fences and HTML blocks may hold blank lines.
const WHOLE_TEXT_ONLY = /[\r\0\uFEFF]|\]:|```|~~~|<[!?/a-zA-Z]/;

// A plain line has no inline syntax (escapes, code, emphasis, links, images, HTML, entities, GFM
// tables, strikethrough, autolink literals), no tab, form feed or vertical tab, and no space or tab
// at either end (hard breaks, indentation, trailing whitespace trimmed by micromark).
const NOT_PLAIN_LINE = /^[ \t]|[ \t]$|[\t\v\f\\`*_[\]<>&!|~@]|www\.|https?:/i;

// What may open a block (or a setext underline) when it starts a line: heading, block quote,
// list items, thematic breaks, setext underlines, anything an ordered-list marker could be, and a
// GFM table delimiter row, which needs no pipe (`政策` over `:-` is a table).
const OPENS_BLOCK = /^(?:[#>+=:\- \t]|\d+[.)])/;

// `# 标题`: one space after one to six `#`, and no closing sequence to strip.
const ATX_HEADING = /^(#{1,6}) (?:[^\s#]|\S.*[^\s#])$/;

// A list item marker followed by exactly one space and its content.
const LIST_ITEM = /^(?:([-+])|(\d{1,9})([.)])) (?=[^ \t])/;

const BLANK = /^[ \t]*$/;

// Front matter as remark-frontmatter reads it: `---` (spaces or tabs may follow) on the first line.
const FRONT_MATTER_FENCE = /^---[ \t]*$/;

/** The shapes of a group's lines when it is plain, else null. */
function plainShapes(lines: string[], first: number, last: number): PlainLine[] | null {
  const shapes: PlainLine[] = [];
  let state: 'block' | 'paragraph' | 'list' = 'block';
  let listMarker = '';
  for (let i = first; i <= last; i++) {
    const line = lines[i];
    if (NOT_PLAIN_LINE.test(line)) return null;
    if (line.charCodeAt(0) === 35 /* # */) {
      const heading = ATX_HEADING.exec(line);
      // A heading may interrupt a paragraph; after a list it is left to remark (conservative).
      if (!heading || state === 'list') return null;
      shapes.push({ kind: 'heading', depth: heading[1].length });
      state = 'block';
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      // A list after a paragraph line (interruption rules) or a change of marker (a new list) is left to remark.
      const marker = item[1] ?? item[3];
      if (state === 'paragraph' || (state === 'list' && marker !== listMarker)) return null;
      const content = line.slice(item[0].length);
      if (OPENS_BLOCK.test(content)) return null;
      shapes.push({ kind: 'item', marker, value: item[2] === undefined ? null : Number.parseInt(item[2], 10), contentColumn: item[0].length + 1 });
      state = 'list';
      listMarker = marker;
      continue;
    }
    // A paragraph line after a list item would be a lazy continuation: left to remark.
    if (OPENS_BLOCK.test(line) || state === 'list') return null;
    shapes.push({ kind: 'paragraph' });
    state = 'paragraph';
  }
  return shapes;
}

/** The plan of a text's blocks, or null when the text must be parsed whole. */
export function planBlocks(text: string): BlockPlan | null {
  if (text.length === 0 || WHOLE_TEXT_ONLY.test(text)) return null;
  const lines = text.split('\n');
  const lineStarts = new Array<number>(lines.length);
  for (let i = 0, offset = 0; i < lines.length; i++) {
    lineStarts[i] = offset;
    offset += lines[i].length + 1;
  }

  const groups: Block[] = [];
  let i = 0;
  let frontMatterEnd = -1;
  if (FRONT_MATTER_FENCE.test(lines[0])) {
    let close = 1;
    while (close < lines.length && !FRONT_MATTER_FENCE.test(lines[close])) close++;
    // Unclosed, it is no front matter and everything after the fence may be a thematic break, a
    // setext underline…: left to the whole-text parse.
    if (close === lines.length) return null;
    // Nothing after the front matter can reach into it, and what follows is parsed as a new start.
    if (close > 1 && !BLANK.test(lines[1]) && !BLANK.test(lines[close - 1])) frontMatterEnd = close;
    else groups.push({ first: 0, last: close, plain: null });
    i = close + 1;
  }
  while (i < lines.length) {
    if (BLANK.test(lines[i])) {
      i++;
      continue;
    }
    const first = i;
    while (i + 1 < lines.length && !BLANK.test(lines[i + 1])) i++;
    groups.push({ first, last: i, plain: plainShapes(lines, first, i) });
    i++;
  }

  demoteListsNextToOthers(groups);

  // Consecutive non-plain groups form one region; a plain list goes on in a group of items with its marker.
  const blocks: Block[] = [];
  for (const group of groups) {
    const previous = blocks[blocks.length - 1];
    if (group.plain === null && previous?.plain === null) {
      previous.last = group.last;
    } else if (group.plain !== null && previous?.plain && continuesList(previous.plain, group.plain)) {
      for (let line = previous.last + 1; line < group.first; line++) previous.plain.push({ kind: 'blank' });
      previous.plain.push(...group.plain);
      previous.last = group.last;
    } else {
      blocks.push(group);
    }
  }
  return { lines, lineStarts, frontMatterEnd, blocks };
}

const startsWithItem = (group: Block) => group.plain !== null && group.plain[0].kind === 'item';
const endsWithItem = (group: Block) => group.plain !== null && group.plain[group.plain.length - 1].kind === 'item';

/** Whether a plain group's items (a group that starts with an item has only items) continue the list before it. */
function continuesList(before: PlainLine[], group: PlainLine[]): boolean {
  const last = before[before.length - 1];
  return last.kind === 'item' && group[0].kind === 'item' && group[0].marker === last.marker;
}

/**
 * A list may go on after blank lines with indented lines or with items of its kind, which a region
 * may hold: a plain group that begins or ends with a list item stays plain only next to plain groups
 * (or nothing), and the rest goes to remark.
 */
function demoteListsNextToOthers(groups: Block[]): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g];
      if (group.plain === null) continue;
      const previous = groups[g - 1];
      const next = groups[g + 1];
      const touchesBefore = startsWithItem(group) && previous?.plain === null;
      const touchesAfter = endsWithItem(group) && next?.plain === null;
      if (touchesBefore || touchesAfter) {
        group.plain = null;
        changed = true;
      }
    }
  }
}
