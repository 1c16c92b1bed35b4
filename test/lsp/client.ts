import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from '../cli/helpers.js';

export const SERVER = path.join(ROOT, 'dist/src/lsp/bin.js');

/** A bound wait: a test that never hears back fails with what it waited for instead of hanging. */
const WAIT_MS = 15_000;

export const fileUri = (file: string) => pathToFileURL(file).href;

/**
 * A language client speaking JSON-RPC to the built server over the child's stdio, as an editor does.
 * Diagnostics are queued per document so a test can wait for the next publication.
 */
export class TestClient {
  readonly connection: MessageConnection;
  readonly child: ChildProcess;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly registrations: unknown[] = [];
  stderr = '';
  private waiters: { match: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];

  constructor(cwd = ROOT) {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString('utf8')));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const i = this.waiters.findIndex((w) => w.match(p));
      if (i >= 0) this.waiters.splice(i, 1)[0].resolve(p);
      else this.published.push(p);
    });
    this.connection.onRequest('client/registerCapability', (params: unknown) => {
      this.registrations.push(params);
      return null;
    });
    this.connection.listen();
  }

  async initialize(root: string, locale = 'zh-CN', initializationOptions: Record<string, unknown> = {}) {
    const result = await this.request<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: fileUri(root),
      workspaceFolders: [{ uri: fileUri(root), name: path.basename(root) }],
      locale,
      initializationOptions,
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  async request<T>(method: string, params: unknown): Promise<T> {
    return this.bounded(this.connection.sendRequest(method, params) as Promise<T>, method);
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** The next diagnostics published for `uri` (one already received counts, oldest first). */
  diagnostics(uri: string, match: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const test = (p: PublishDiagnosticsParams) => p.uri === uri && match(p);
    const i = this.published.findIndex(test);
    if (i >= 0) return Promise.resolve(this.published.splice(i, 1)[0]);
    return this.bounded(new Promise((resolve) => this.waiters.push({ match: test, resolve })), `diagnostics for ${uri}`);
  }

  private bounded<T>(promise: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer for ${what} within ${WAIT_MS} ms; server stderr:\n${this.stderr}`)), WAIT_MS);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }

  /** shutdown, exit, and the child's exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    if (this.child.exitCode !== null) return this.child.exitCode;
    await this.request('shutdown', null);
    await this.notify('exit', null);
    const code = await this.bounded(exited, 'the server to exit');
    this.connection.dispose();
    return code;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
    this.connection.dispose();
  }
}
