// A minimal VS Code extension for factlint: starts `factlint lsp --stdio` in the workspace
// folder and hands it Markdown, HTML and plain-text files. Diagnostics, hover, the suppression
// quick fix and "Open the evidence" all come from the server.
// Install: cd examples/editors/vscode && npm install && npx @vscode/vsce package, then
// "Extensions: Install from VSIX…" (or copy the folder to ~/.vscode/extensions/factlint).
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const [command, ...args] = vscode.workspace.getConfiguration('factlint').get('command');
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  const server = {
    command,
    args,
    options: { cwd: folder ? folder.uri.fsPath : undefined, shell: process.platform === 'win32' },
  };
  client = new LanguageClient(
    'factlint',
    'factlint',
    { run: server, debug: server },
    {
      documentSelector: ['markdown', 'html', 'plaintext'].map((language) => ({ scheme: 'file', language })),
    },
  );
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
