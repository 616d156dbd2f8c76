/** The editor snippets of examples/editors/: each parses, and each starts the same server command. */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import luaparse from 'luaparse';
import { ROOT } from '../helpers';

const EDITORS = path.join(ROOT, 'examples/editors');
const SERVER = ['npx', '--no-install', 'factlint', 'lsp', '--stdio'];

test('the package names the factlint binary the snippets run', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  expect(pkg.bin.factlint).toBe('bin/factlint.js');
});

test('VS Code: the extension starts factlint lsp --stdio in the workspace for Markdown, HTML and text', async () => {
  const dir = path.join(EDITORS, 'vscode');
  type Manifest = {
    main: string;
    activationEvents: string[];
    contributes: { configuration: { properties: Record<string, { default: string[] }> } };
  };
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
  expect(manifest.activationEvents).toEqual(['onLanguage:markdown', 'onLanguage:html', 'onLanguage:plaintext']);
  const command = manifest.contributes.configuration.properties['factlint.command'].default;
  expect(command).toEqual(SERVER);

  // Run activate() with stand-ins for the vscode API and the language client.
  const made: {
    id: string;
    server: { run: { command: string; args: string[]; options: { cwd: string } } };
    client: { documentSelector: { language: string }[] };
    started: boolean;
  }[] = [];
  class LanguageClient {
    record: (typeof made)[number];
    constructor(
      id: string,
      _name: string,
      server: (typeof made)[number]['server'],
      client: (typeof made)[number]['client'],
    ) {
      this.record = { id, server, client, started: false };
      made.push(this.record);
    }
    start() {
      this.record.started = true;
      return Promise.resolve();
    }
    stop() {
      return Promise.resolve();
    }
  }
  const vscode = {
    workspace: {
      getConfiguration: (section: string) => ({
        get: (key: string) => (section === 'factlint' && key === 'command' ? command : undefined),
      }),
      workspaceFolders: [{ uri: { fsPath: '/newsroom/project' } }],
    },
  };
  const fakeRequire = (name: string) => {
    if (name === 'vscode') return vscode;
    if (name === 'vscode-languageclient/node') return { LanguageClient };
    throw new Error(`unexpected require ${name}`);
  };
  const module = {
    exports: {} as { activate: (c: { subscriptions: unknown[] }) => Promise<void>; deactivate: () => unknown },
  };
  const source = fs.readFileSync(path.join(dir, manifest.main), 'utf8');
  // The extension is CommonJS: run its text as Node would, with our require.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const load = new Function('require', 'module', 'exports', 'process', source) as (...args: unknown[]) => void;
  load(fakeRequire, module, module.exports, process);
  const context = { subscriptions: [] as unknown[] };
  await module.exports.activate(context);
  expect(made).toHaveLength(1);
  expect(made[0].id).toBe('factlint');
  expect(made[0].started).toBe(true);
  expect([made[0].server.run.command, ...made[0].server.run.args]).toEqual(SERVER);
  expect(made[0].server.run.options.cwd).toBe('/newsroom/project');
  expect(made[0].client.documentSelector.map((s) => s.language)).toEqual(['markdown', 'html', 'plaintext']);
  expect(context.subscriptions).toHaveLength(1);
});

test('Neovim: the Lua snippet parses and starts the server with vim.lsp.start for markdown, html and text', () => {
  const source = fs.readFileSync(path.join(EDITORS, 'neovim/factlint.lua'), 'utf8');
  const ast = luaparse.parse(source, { comments: false });
  const strings: string[] = [];
  const calls: string[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; raw?: string; base?: unknown };
    if (n.type === 'StringLiteral' && n.raw) strings.push(n.raw.slice(1, -1));
    if (n.type === 'CallExpression' || n.type === 'TableCallExpression') calls.push(name(n.base));
    for (const v of Object.values(node)) walk(v);
  };
  const name = (b: unknown): string => {
    const m = b as { type: string; name?: string; base?: unknown; identifier?: { name: string } };
    return m.type === 'Identifier'
      ? m.name!
      : m.type === 'MemberExpression'
        ? `${name(m.base)}.${m.identifier!.name}`
        : '?';
  };
  walk(ast);
  expect(calls).toEqual(expect.arrayContaining(['vim.api.nvim_create_autocmd', 'vim.lsp.start', 'vim.fs.root']));
  const at = strings.indexOf('npx');
  expect(strings.slice(at, at + SERVER.length)).toEqual(SERVER);
  expect(strings).toEqual(expect.arrayContaining(['markdown', 'html', 'text', '.factlint.yaml']));
});

test('Helix: languages.toml parses, defines the server and adds it to Markdown and HTML', () => {
  type Languages = {
    'language-server': Record<string, { command: string; args: string[] }>;
    language: { name: string; 'language-servers': string[] }[];
  };
  const toml = parseToml(fs.readFileSync(path.join(EDITORS, 'helix/languages.toml'), 'utf8')) as unknown as Languages;
  const server = toml['language-server'].factlint;
  expect([server.command, ...server.args]).toEqual(SERVER);
  for (const name of ['markdown', 'html'])
    expect(toml.language.find((l) => l.name === name)?.['language-servers']).toContain('factlint');
});
