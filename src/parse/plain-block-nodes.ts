import type { Heading, List, ListItem, Paragraph, RootContent, Text, Yaml } from 'mdast';
import type { BlockPlan, PlainLine } from './block-plan.js';

// Nodes are built with mdast-util-from-markdown's property order (position last) so that they
// share hidden classes with the nodes remark builds for the other blocks.

function point(plan: BlockPlan, line: number, column: number) {
  return { line: line + 1, column, offset: plan.lineStarts[line] + column - 1 };
}

/** A text node from `column` of line `first` to the end of line `last` (lines joined by `\n`, as micromark keeps them). */
function textNode(plan: BlockPlan, text: string, first: number, column: number, last: number): Text {
  const start = point(plan, first, column);
  const end = point(plan, last, plan.lines[last].length + 1);
  return { type: 'text', value: text.slice(start.offset, end.offset), position: { start, end } };
}

function paragraphNode(plan: BlockPlan, text: string, first: number, column: number, last: number): Paragraph {
  const child = textNode(plan, text, first, column, last);
  return { type: 'paragraph', children: [child], position: { start: { ...child.position!.start }, end: { ...child.position!.end } } };
}

/** The mdast of the plain group on lines `first`…, whose line shapes are `shapes`. */
export function plainGroupNodes(plan: BlockPlan, text: string, first: number, shapes: PlainLine[]): RootContent[] {
  const nodes: RootContent[] = [];
  let k = 0;
  while (k < shapes.length) {
    const shape = shapes[k];
    const line = first + k;
    if (shape.kind === 'heading') {
      const child = textNode(plan, text, line, shape.depth + 2, line);
      const heading: Heading = {
        type: 'heading',
        depth: shape.depth as Heading['depth'],
        children: [child],
        position: { start: point(plan, line, 1), end: { ...child.position!.end } },
      };
      nodes.push(heading);
      k++;
    } else if (shape.kind === 'paragraph') {
      let end = k;
      while (end + 1 < shapes.length && shapes[end + 1].kind === 'paragraph') end++;
      nodes.push(paragraphNode(plan, text, line, 1, first + end));
      k = end + 1;
    } else if (shape.kind === 'item') {
      // The plan keeps a list to the end of its block, all items with one marker, one line each,
      // blank lines between them making the list loose (its items stay tight: one paragraph each).
      const items: ListItem[] = [];
      let loose = false;
      for (; k < shapes.length; k++) {
        const item = shapes[k];
        if (item.kind === 'blank') {
          loose = true;
          continue;
        }
        if (item.kind !== 'item') throw new Error('the plan put a non-item in a list');
        const at = first + k;
        const paragraph = paragraphNode(plan, text, at, item.contentColumn, at);
        items.push({
          type: 'listItem',
          spread: false,
          checked: null,
          children: [paragraph],
          position: { start: point(plan, at, 1), end: { ...paragraph.position!.end } },
        });
      }
      const list: List = {
        type: 'list',
        ordered: shape.value !== null,
        start: shape.value,
        spread: loose,
        children: items,
        position: { start: { ...items[0].position!.start }, end: { ...items[items.length - 1].position!.end } },
      };
      nodes.push(list);
    } else {
      throw new Error('the plan put a blank line outside a list');
    }
  }
  return nodes;
}

/** The yaml node of front matter closed on line `plan.frontMatterEnd`, as remark-frontmatter builds it (value: the lines between the fences). */
export function frontMatterNode(plan: BlockPlan, text: string): Yaml {
  const close = plan.frontMatterEnd;
  return {
    type: 'yaml',
    value: text.slice(plan.lineStarts[1], plan.lineStarts[close] - 1),
    position: { start: point(plan, 0, 1), end: point(plan, close, plan.lines[close].length + 1) },
  };
}
