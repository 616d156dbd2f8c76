/** `factlint lsp --stdio`: the language server (src/lsp/server.ts), as editors start servers. */
import type { CommandModule } from 'yargs';
import type * as Server from '../lsp/server';

export function lspCommand(): CommandModule<object, { stdio: boolean }> {
  return {
    command: 'lsp',
    describe: 'Run the language server: check open drafts against the configured corpus as you type',
    builder: (y) =>
      y.option('stdio', {
        describe: 'Talk LSP over standard input and output (the only transport)',
        type: 'boolean',
        default: true,
      }),
    handler: async () => {
      // Required here: the protocol's ~70 modules would otherwise load with every command.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { startServer } = require('../lsp/server') as typeof Server;
      startServer();
      // Served until the client sends exit (which ends the process) or closes the stream.
      await new Promise<void>((resolve) => process.stdin.on('close', resolve));
    },
  };
}
