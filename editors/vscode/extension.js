// Starts policylint-lsp for Markdown files. The server does the work; this file only finds it
// and passes the settings on.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

const SERVER = path.join('dist', 'src', 'lsp', 'bin.js');
let client;

/** The policylint package folder: installed in a workspace folder, or a clone the folder lies in. */
function findPackage(folder) {
  try {
    return path.dirname(require.resolve('policylint/package.json', { paths: [folder] }));
  } catch {
    // Not installed: a workspace inside the policylint repository itself (e.g. examples/).
  }
  for (let dir = folder; ; dir = path.dirname(dir)) {
    try {
      if (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name === 'policylint') return dir;
    } catch {
      // no package.json here
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

function serverModule(settings) {
  const configured = settings.get('serverPath');
  if (configured) return configured;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const pkg = findPackage(folder.uri.fsPath);
    if (pkg && fs.existsSync(path.join(pkg, SERVER))) return path.join(pkg, SERVER);
  }
  return undefined;
}

async function activate(context) {
  const settings = vscode.workspace.getConfiguration('policylint');
  const module = serverModule(settings);
  if (!module) {
    void vscode.window.showErrorMessage(
      '找不到 policylint 语言服务器：请在工作区安装 policylint（npm install --save-dev policylint），或设置 policylint.serverPath。 · ' +
        'policylint language server not found: install policylint in the workspace (npm install --save-dev policylint) or set policylint.serverPath.',
    );
    return;
  }
  const run = { module, transport: TransportKind.stdio };
  client = new LanguageClient(
    'policylint',
    'policylint',
    { run, debug: run },
    {
      documentSelector: [
        { scheme: 'file', language: 'markdown' },
        { scheme: 'untitled', language: 'markdown' },
      ],
      initializationOptions: {
        configFile: settings.get('configFile') || undefined,
        info: settings.get('info'),
      },
    },
  );
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
