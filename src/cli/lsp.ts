/** `factlint lsp --stdio`: the language server (src/lsp/server.ts), as editors start servers. */
import type { CommandModule } from 'yargs';
import { startServer } from '../lsp/server';

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
      startServer();
      // Served until the client sends exit (which ends the process) or closes the stream.
      await new Promise<void>((resolve) => process.stdin.on('close', resolve));
    },
  };
}
