import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, FIX_ALL_KIND } from './actions.js';
import { toDiagnostics } from './diagnostics.js';
import { hoverAt } from './hover.js';
import { clientLocale, isConfigOrCatalogue, LintWorkspace, type DocumentLint } from './workspace.js';

/** How long typing must pause before a changed document is linted again. */
export const DEBOUNCE_MS = 200;

/** Options a client may pass as initializationOptions (VS Code: the extension's settings). */
export interface ServerSettings {
  /** Use this configuration file alone (like --config); relative to the workspace root. */
  configFile?: string;
  /** Show info-level findings (default true). */
  info?: boolean;
}

/** Files whose change can alter any document's findings; registered with clients that allow it. */
export const WATCHED_GLOBS = ['**/{policylint.config,.policylintrc}.{json,yaml,yml,js,mjs,cjs}', '**/*.{yaml,yml}'];

function workspaceRoot(params: InitializeParams): string {
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  if (uri?.startsWith('file:')) return fileURLToPath(uri);
  return params.rootPath ?? process.cwd();
}

/** Wire policylint into a language-server connection and start listening. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const lints = new Map<string, DocumentLint>();
  const timers = new Map<string, NodeJS.Timeout>();
  let workspace: LintWorkspace | undefined;
  let canRegisterWatchers = false;

  connection.onInitialize((params): InitializeResult => {
    const settings = (params.initializationOptions ?? {}) as ServerSettings;
    const root = workspaceRoot(params);
    workspace = new LintWorkspace({
      root,
      clientLocale: clientLocale(params.locale),
      configFile: settings.configFile ? path.resolve(root, settings.configFile) : undefined,
      includeInfo: settings.info ?? true,
    });
    canRegisterWatchers = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
      },
      serverInfo: { name: 'policylint-lsp' },
    };
  });

  connection.onInitialized(() => {
    if (canRegisterWatchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })) });
    }
  });

  /** Lint now, synchronously, and remember the result (for actions and hovers on a document whose lint is pending). */
  function lintNow(document: TextDocument): DocumentLint | undefined {
    if (!workspace) return undefined;
    try {
      const lint = workspace.lint(document);
      lints.set(document.uri, lint);
      return lint;
    } catch (error) {
      // One document that breaks the linter must not take the server down with it.
      connection.console.error(`policylint: ${document.uri}: ${(error as Error).stack ?? String(error)}`);
      return undefined;
    }
  }

  /** The lint of the document's current version, linting it first when the last one is stale. */
  function current(uri: string): { document: TextDocument; lint: DocumentLint } | undefined {
    const document = documents.get(uri);
    if (!document) return undefined;
    const known = lints.get(uri);
    const lint = known && known.version === document.version ? known : lintNow(document);
    return lint ? { document, lint } : undefined;
  }

  async function validate(uri: string): Promise<void> {
    timers.delete(uri);
    const document = documents.get(uri);
    if (!document || !workspace) return;
    const version = document.version;
    try {
      await workspace.prepare(uri);
    } catch (error) {
      connection.console.error(`policylint: ${(error as Error).message}`);
    }
    // A newer version arrived (or the document closed) while preparing: its own run publishes.
    const latest = documents.get(uri);
    if (!latest || latest.version !== version) return;
    // A code action or hover may already have linted this version.
    const known = lints.get(uri);
    const lint = known && known.version === version ? known : lintNow(latest);
    if (!lint) return;
    void connection.sendDiagnostics({ uri, version, diagnostics: toDiagnostics(latest, lint) });
  }

  /** The previous diagnostics stay until the new ones are published. */
  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => void validate(uri), delay));
  }

  documents.onDidOpen(({ document }) => schedule(document.uri, 0));
  documents.onDidChangeContent(({ document }) => {
    // didOpen also fires a content change; the open's immediate lint is already scheduled.
    if (!lints.has(document.uri) && timers.has(document.uri)) return;
    schedule(document.uri, DEBOUNCE_MS);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    lints.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (!workspace || !changes.some((c) => c.uri.startsWith('file:') && isConfigOrCatalogue(fileURLToPath(c.uri)))) return;
    workspace.reset();
    lints.clear();
    for (const document of documents.all()) schedule(document.uri, 0);
  });

  connection.onCodeAction(({ textDocument, range, context }) => {
    const found = current(textDocument.uri);
    return found ? codeActions(found.document, found.lint, range, context.only) : [];
  });

  connection.onHover(({ textDocument, position }) => {
    const found = current(textDocument.uri);
    return found ? hoverAt(found.document, found.lint, position) : null;
  });

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
}
