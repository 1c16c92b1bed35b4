// The baseline: read every file and parse it with policylint's own unified pipeline (remark-parse,
// front matter, GFM, CJK-friendly emphasis), with GFM always on, and nothing else. Keeps no trees.
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { parseMarkdownWithGfm } from '../dist/src/parse/processor.js';

const dir = process.argv[2];
let nodes = 0;
for (const file of fg.sync('**/*.md', { cwd: dir, absolute: true }).sort()) {
  const tree = parseMarkdownWithGfm(readFileSync(file, 'utf8'));
  nodes += tree.children.length;
}
console.log(`${nodes} top-level nodes`);
