/** A real LSP client over stdio, for the language server tests and its benchmark: spawns `factlint lsp --stdio`. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

export interface Diag {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
  relatedInformation?: { location: { uri: string; range: Diag['range'] }; message: string }[];
}

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Diag[];
}

export const uriOf = (file: string) => pathToFileURL(file).toString();

export class TestClient {
  readonly child: ChildProcess;
  readonly connection: MessageConnection;
  readonly published: Published[] = [];
  stderr = '';
  private waiters: { pred: (p: Published) => boolean; resolve: (p: Published) => void }[] = [];

  constructor(cli: string, cwd: string, env: NodeJS.ProcessEnv = {}) {
    this.child = spawn(process.execPath, [cli, 'lsp', '--stdio'], { cwd, env: { ...process.env, ...env } });
    this.child.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.child.stdout!),
      new StreamMessageWriter(this.child.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => (w.pred(p) ? (w.resolve(p), false) : true));
    });
    this.connection.onRequest('window/showDocument', () => ({ success: true }));
    this.connection.onNotification('window/logMessage', (m: { message: string }) => (this.stderr += `${m.message}\n`));
    this.connection.listen();
  }

  /** The next diagnostics (or one already received, with `past`) that satisfy `pred`. */
  diagnostics(pred: (p: Published) => boolean, timeout = 20000): Promise<Published> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `no matching diagnostics in ${timeout} ms; got ${JSON.stringify(this.published)}\n${this.stderr}`,
            ),
          ),
        timeout,
      );
      this.waiters.push({
        pred,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  async initialize(root: string, options: object = {}): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(root),
      workspaceFolders: [{ uri: uriOf(root), name: path.basename(root) }],
      capabilities: { window: { showDocument: { support: true } } },
      initializationOptions: options,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(file: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uriOf(file), languageId: 'markdown', version, text },
    });
  }

  change(file: string, text: string, version: number): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uriOf(file), version },
      contentChanges: [{ text }],
    });
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      /* already gone */
    }
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) resolve();
      else this.child.once('exit', () => resolve());
      setTimeout(() => {
        this.child.kill();
        resolve();
      }, 3000).unref();
    });
    this.connection.dispose();
  }
}
