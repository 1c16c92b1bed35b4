#!/usr/bin/env node
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { packageVersion } from '../files/package-info.js';
import { startServer } from './server.js';

const HELP = `policylint-lsp — policylint 语言服务器（LSP） · the policylint language server

用法 / Usage:
  policylint-lsp [--stdio]    通过标准输入输出通信（默认） · talk LSP over stdin/stdout (default)
  policylint-lsp --version    显示版本 · print the version

编辑器配置见 README · editor setup: see the README (VS Code, Neovim, Emacs).
`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(HELP);
} else if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${packageVersion()}\n`);
} else {
  // vscode-languageserver picks the transport from --stdio/--node-ipc/--socket; stdio when none is given.
  const transport = args.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a));
  const connection = transport
    ? createConnection(ProposedFeatures.all)
    : createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  // Anything written to stdout that is not a protocol message corrupts the stream: log to stderr.
  console.log = console.error;
  startServer(connection);
}
