/**
 * The factlint command line. Thin: parse flags, call the library, set the exit code.
 * A user's mistake prints one diagnostic and exits 2; only a bug prints a stack trace.
 */
import yargs from 'yargs';
import { nearest } from '../util/levenshtein';
import { UserError, formatDiagnostic } from '../errors';
import { TOOL_VERSION } from '../version';
import { checkCommand } from './check';
import { extractCommand } from './extract';
import { alignCommand } from './align';
import { rulesCommand } from './rules';
import { explainCommand } from './explain';
import { suggestCommand } from './suggest';
import { initCommand } from './init';
import { lspCommand } from './lsp';
import { indexCommand } from './index-command';

export const EXIT = { ok: 0, findings: 1, usage: 2, bug: 3 } as const;

/** Set once a reader closed our stdout or stderr (`factlint … | head`): later output is dropped. */
const closed = new Set<NodeJS.WriteStream>();

const write = (stream: NodeJS.WriteStream) => (s: string) => {
  if (!closed.has(stream)) stream.write(s);
};

/**
 * A reader that stops early closes the pipe: the rest of the output has nowhere to go, which is
 * not an error. The run goes on quietly and ends with its usual exit code.
 */
function quietOnClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
      closed.add(stream);
    });
  }
}

/** "did you mean --rules?" for a mistyped flag, as yargs already does for a mistyped command. */
/** The flags yargs reports unknown, without the camelCase twins it adds ("fial-on, fialOn"). */
function unknownFlags(msg: string): string[] | null {
  const m = /^Unknown arguments?: (.+)$/.exec(msg);
  if (!m) return null;
  const flags = m[1].split(', ');
  const camel = (f: string) => f.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return flags.filter((f) => !flags.some((g) => g !== f && g.includes('-') && camel(g) === f));
}

function usageMessage(msg: string): string {
  const flags = unknownFlags(msg);
  if (!flags) return msg;
  return `unknown ${flags.length === 1 ? 'flag' : 'flags'} ${flags.map((f) => (f.length === 1 ? `-${f}` : `--${f}`)).join(', ')}`;
}

function flagSuggestion(msg: string, usage: unknown): string | null {
  const flags = unknownFlags(msg);
  if (!flags) return null;
  // yargs passes its usage helper: the described options are the flags of the command that failed.
  const described = (usage as { getDescriptions?: () => Record<string, string> }).getDescriptions?.() ?? {};
  const known = Object.keys(described).filter((k) => k.length > 1);
  const hints = flags
    .map((flag) => [flag, nearest(flag, known)] as const)
    .filter(([, guess]) => guess !== null)
    .map(([flag, guess]) => `--${flag}: did you mean --${guess}?`);
  return hints.length ? `${hints.join('; ')} (see factlint <command> --help)` : null;
}

export async function run(
  argv: string[],
  io = { out: write(process.stdout), err: write(process.stderr) },
): Promise<number> {
  let code: number = EXIT.ok;
  const parser = yargs(argv)
    .scriptName('factlint')
    // Repeat a flag for several values; an array flag never swallows the paths after it.
    .parserConfiguration({ 'greedy-arrays': false })
    .usage('$0 <command> [options]\n\nChecks news coverage for cross-source factual contradictions.')
    .command(checkCommand((c) => (code = c), io))
    .command(extractCommand((c) => (code = c), io))
    .command(alignCommand((c) => (code = c), io))
    .command(rulesCommand((c) => (code = c), io))
    .command(explainCommand((c) => (code = c), io))
    .command(suggestCommand((c) => (code = c), io))
    .command(initCommand((c) => (code = c), io))
    .command(lspCommand())
    .command(indexCommand((c) => (code = c), io))
    .demandCommand(1, 'name a command, e.g. factlint check corpus --rules rules')
    .strict()
    .recommendCommands()
    .version(TOOL_VERSION)
    .help()
    .alias('h', 'help')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err, usage) => {
      if (err) throw err;
      throw new UserError({
        code: 'bad-usage',
        message: usageMessage(msg),
        hint: flagSuggestion(msg, usage) ?? 'run factlint --help, or factlint <command> --help',
      });
    });
  try {
    await parser.parseAsync();
  } catch (e) {
    if (e instanceof UserError) {
      io.err(`${e.diagnostics.map(formatDiagnostic).join('\n')}\n`);
      return EXIT.usage;
    }
    io.err(`factlint: internal error (please report it): ${(e as Error).stack ?? String(e)}\n`);
    return EXIT.bug;
  }
  return code;
}

export function main(argv: string[]): void {
  quietOnClosedPipes();
  run(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`factlint: internal error (please report it): ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = EXIT.bug;
    },
  );
}
