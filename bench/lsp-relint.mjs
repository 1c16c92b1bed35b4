#!/usr/bin/env node
// How long the language server takes to re-lint a 50 KB draft after an edit.
//
//   node bench/lsp-relint.mjs [--runs N] [--kb K]     (after npm run build)
//
// Two figures (wall time; in process also CPU time, steadier on a shared machine):
//   in-process  LintWorkspace.lint on the edited document with warm caches (config, rules,
//               catalogues cached; the document re-parsed) — the work the server does per edit;
//   end-to-end  the built server over stdio: didChange → publishDiagnostics, minus the debounce.
// The draft is the two real examples' bodies repeated under numbered chapters (front matter once),
// so it has the density of findings, dates, lists and references of a real document.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(path.join(root, 'dist', p)).href;
const { LintWorkspace } = await import(dist('src/lsp/workspace.js'));
const { DEBOUNCE_MS } = await import(dist('src/lsp/server.js'));
const { TextDocument } = await import('vscode-languageserver-textdocument');
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = await import('vscode-languageserver-protocol/node');

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' }, kb: { type: 'string', default: '50' } } });
const runs = Number(values.runs);
const targetBytes = Number(values.kb) * 1024;

function draft() {
  const read = (f) => readFileSync(path.join(root, 'examples', f), 'utf8');
  const xuzhou = read('xuzhou-interpretation.md');
  const frontMatterEnd = xuzhou.indexOf('\n---\n', 4) + 5;
  const head = xuzhou.slice(0, frontMatterEnd);
  const bodies = [xuzhou.slice(frontMatterEnd), read('suzhou-news-report.md').replace(/^---\n[\s\S]*?\n---\n/, '')];
  let text = head;
  for (let i = 0; Buffer.byteLength(text) < targetBytes; i++) text += `\n# 第${i + 1}部分\n\n${bodies[i % 2].replace(/^# /gm, '## ')}`;
  return text;
}

const stats = (ms) => {
  const s = [...ms].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p90: s[Math.floor(s.length * 0.9)], min: s[0] };
};
const show = (label, { median, p90, min }) => console.log(`${label.padEnd(12)} median ${median.toFixed(1)} ms · p90 ${p90.toFixed(1)} ms · min ${min.toFixed(1)} ms`);

const text = draft();
const uri = pathToFileURL(path.join(root, 'examples', 'bench-draft.md')).href;
console.log(`draft: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB (UTF-8), ${text.split('\n').length} lines; ${runs} runs each`);

// In-process: what one debounced re-lint costs the server.
{
  const workspace = new LintWorkspace({ root, clientLocale: 'zh-CN' });
  let doc = TextDocument.create(uri, 'markdown', 1, text);
  const first = performance.now();
  const lint = workspace.lint(doc);
  console.log(`first lint (cold caches) ${(performance.now() - first).toFixed(1)} ms, ${lint.findings.length} findings`);
  const times = [];
  const cpu = [];
  // The first runs warm the JIT up, as the first edits of a session do; they are not counted.
  for (let i = -5; i < runs; i++) {
    // A keystroke: one character typed in the middle of the document.
    const at = doc.positionAt(Math.floor(text.length / 2));
    doc = TextDocument.update(doc, [{ range: { start: at, end: at }, text: i % 2 ? '' : '，' }], doc.version + 1);
    const t = performance.now();
    const c = process.cpuUsage();
    workspace.lint(doc);
    const used = process.cpuUsage(c);
    if (i >= 0) {
      times.push(performance.now() - t);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  show('in-process', stats(times));
  // CPU time is what the lint costs when the machine is shared: wall time also counts waiting for a core
  // (it includes GC threads' time, so it can exceed wall time on an idle machine).
  show('  cpu time', stats(cpu));
}

// End-to-end through the built server.
{
  const child = spawn(process.execPath, [path.join(root, 'dist/src/lsp/bin.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let waiting;
  connection.onNotification('textDocument/publishDiagnostics', (p) => waiting?.(p));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const next = () => new Promise((resolve) => (waiting = resolve));
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
  await connection.sendNotification('initialized', {});
  let published = next();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await published;
  const times = [];
  let doc = TextDocument.create(uri, 'markdown', 1, text);
  for (let i = -5; i < runs; i++) {
    const at = doc.positionAt(Math.floor(text.length / 2));
    const change = { range: { start: at, end: at }, text: '，' };
    doc = TextDocument.update(doc, [change], doc.version + 1);
    published = next();
    const t = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
    await published;
    if (i >= 0) times.push(performance.now() - t - DEBOUNCE_MS);
  }
  show('end-to-end', stats(times));
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
}
