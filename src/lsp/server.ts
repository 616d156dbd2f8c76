/**
 * `factlint lsp --stdio`: a language server that checks each open Markdown, HTML or text
 * document as a draft against the project's coverage, as the editor's buffer changes
 * (debounced). Diagnostics carry the claim's exact range, the fact's severity and id (with
 * its docs link) and the disagreeing sources' evidence as related information; hover shows
 * the fact's values across the coverage; code actions insert a suppression comment or open
 * the evidence. Rule or config files changing on disk reload the engine (a new Checker).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type DiagnosticRelatedInformation,
  type Hover,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic as FactlintDiagnostic } from '../errors';
import type { Finding, Report, ReportClaim } from '../model/report';
import { TOOL_VERSION } from '../version';
import { DraftSession } from './session';

/** Extensions of the documents checked as drafts. */
const DRAFT_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm'];
export const OPEN_EVIDENCE = 'factlint.openEvidence';
const DEFAULT_DEBOUNCE_MS = 75;
const RELOAD_DEBOUNCE_MS = 150;
/** FACTLINT_STATS=1: log each check's time (window/logMessage), as the CLI prints its stats. */
const trace = Boolean(process.env.FACTLINT_STATS && process.env.FACTLINT_STATS !== '0');

const SEVERITY: Record<string, DiagnosticSeverity | null> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  none: null,
};

interface Checked {
  report: Report;
  /** Draft claims with the finding they belong to, for hover and code actions. */
  claims: { finding: Finding; claim: ReportClaim; range: Range }[];
}

const rangeOf = (c: Pick<ReportClaim, 'line' | 'column' | 'endLine' | 'endColumn'>): Range => ({
  start: { line: c.line - 1, character: c.column - 1 },
  end: { line: c.endLine - 1, character: c.endColumn - 1 },
});

const contains = (r: Range, p: { line: number; character: number }) =>
  (p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character)) &&
  (p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character));

export interface ServerOptions {
  /** Milliseconds between the last change and the check. */
  debounce?: number;
}

export function startServer(connection: Connection = createConnection(process.stdin, process.stdout)): void {
  const documents = new TextDocuments(TextDocument);
  const checked = new Map<string, Checked>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** Rule and config files that got diagnostics, to clear them once they load. */
  let flagged = new Set<string>();
  let session: DraftSession | null = null;
  let ready: Promise<void> = Promise.resolve();
  let debounce = DEFAULT_DEBOUNCE_MS;
  let watchers: fs.FSWatcher[] = [];
  let reloadTimer: NodeJS.Timeout | null = null;

  const isDraft = (uri: string) =>
    uri.startsWith('file:') && DRAFT_EXTENSIONS.includes(path.extname(uri).toLowerCase());
  const uriOf = (file: string) => pathToFileURL(path.resolve(session?.root ?? '.', file)).toString();

  const publishLoadErrors = (errors: FactlintDiagnostic[]) => {
    const byFile = new Map<string, LspDiagnostic[]>();
    for (const d of errors) {
      const uri = uriOf(d.file ?? session?.configFile ?? '.');
      const line = Math.max(0, (d.line ?? 1) - 1);
      const character = Math.max(0, (d.column ?? 1) - 1);
      const list = byFile.get(uri) ?? [];
      list.push({
        range: { start: { line, character }, end: { line, character: character + 1 } },
        severity: DiagnosticSeverity.Error,
        source: 'factlint',
        code: d.code,
        message: `${d.message}${d.hint ? ` (hint: ${d.hint})` : ''}`,
      });
      byFile.set(uri, list);
    }
    for (const uri of flagged) if (!byFile.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, diagnostics] of byFile) void connection.sendDiagnostics({ uri, diagnostics });
    flagged = new Set(byFile.keys());
  };

  const loaded = (ok: boolean) => {
    publishLoadErrors(ok ? [] : session!.loadErrors);
    const s = session!.state?.stats;
    connection.console.info(
      s
        ? `factlint: coverage of ${s.articles} articles (extracted ${s.extracted}, cached ${s.cached}, rules cached ${s.rulesCached}) in ${session!.loadMs.toFixed(0)} ms`
        : `factlint: the engine could not load: ${session!.loadErrors.length} problem(s) in the rule or config files`,
    );
  };

  const reload = async () => {
    if (!session) return;
    loaded(await session.load());
    watch();
    for (const doc of documents.all()) if (isDraft(doc.uri)) check(doc);
  };

  const scheduleReload = () => {
    if (reloadTimer) clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => {
      reloadTimer = null;
      ready = ready.then(reload).catch(report);
    }, RELOAD_DEBOUNCE_MS);
  };

  /** Watches the config file, the rule files and the corpus: any change reloads the engine. */
  const watch = () => {
    for (const w of watchers) w.close();
    watchers = [];
    if (!session) return;
    const { config, rules, corpus } = session.watched();
    const root = session.root;
    const on = (folder: string, recursive: boolean, accept: (name: string) => boolean) => {
      try {
        watchers.push(
          fs.watch(folder, { recursive }, (_event, name) => {
            if (name !== null && accept(name.toString())) scheduleReload();
          }),
        );
      } catch {
        /* a path that does not exist (yet): nothing to watch */
      }
    };
    // Hidden files and folders (the cache, editors' swap files) are never rules or articles.
    const visible = (name: string) => !name.split(/[\\/]/).some((part) => part.startsWith('.'));
    if (config) on(path.dirname(config), false, (name) => name === path.basename(config));
    for (const p of [...rules, ...corpus]) {
      const target = path.resolve(root, p.replace(/[*?[{].*$/, '') || '.');
      const stat = fs.statSync(target, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) on(target, true, visible);
      else on(path.dirname(target), false, (name) => name === path.basename(target));
    }
  };

  const report = (e: unknown) => connection.console.error(`factlint: ${(e as Error).stack ?? String(e)}`);

  const diagnosticsOf = (result: Checked, file: string): LspDiagnostic[] => {
    const out: LspDiagnostic[] = [];
    const sources = new Map(result.report.articles.map((a) => [a.id, a.source]));
    for (const { finding: f, claim: c, range } of result.claims) {
      const status = f.draft?.status;
      const conflicts = (c.conflicts ?? []).map((i) => f.claims[i]);
      let severity: DiagnosticSeverity | null;
      if (status === 'contradicts') severity = conflicts.length ? SEVERITY[f.severity] : null;
      else if (status === 'unconfirmed') severity = SEVERITY[f.severity];
      else severity = f.draft?.coverageDisagrees ? DiagnosticSeverity.Hint : null; // context, never an error
      if (severity === null) continue;
      const related: DiagnosticRelatedInformation[] = (
        status === 'agrees' ? f.claims.filter((x) => !x.draft) : conflicts
      ).map((x) => ({
        location: { uri: uriOf(x.path), range: rangeOf(x) },
        message: `${sources.get(x.article) ?? x.article}: ${x.display} (“${x.raw}”)`,
      }));
      out.push({
        range,
        severity,
        source: 'factlint',
        code: `${f.story}/${f.fact}`,
        ...(f.docs && /^https?:\/\//.test(f.docs) ? { codeDescription: { href: f.docs } } : {}),
        message: f.message,
        relatedInformation: related,
        data: { finding: f.id },
      });
    }
    for (const p of result.report.problems)
      if (path.resolve(session?.root ?? '.', p.file) === file && p.line !== null) {
        const line = p.line - 1;
        const character = (p.column ?? 1) - 1;
        out.push({
          range: { start: { line, character }, end: { line, character: character + 1 } },
          severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
          source: 'factlint',
          code: p.code,
          message: `${p.message}${p.hint ? ` (hint: ${p.hint})` : ''}`,
        });
      }
    return out;
  };

  const check = (doc: TextDocument) => {
    if (!session) return;
    const file = fileURLToPath(doc.uri);
    const result = session.check(file, doc.getText());
    if (!result.ok) {
      checked.delete(doc.uri);
      // A draft that cannot be read says why; an engine that cannot load says so on its files.
      const own = result.diagnostics.filter((d) => !d.file || path.resolve(session!.root, d.file) === file);
      const diagnostics: LspDiagnostic[] = own.map((d) => ({
        range: {
          start: { line: Math.max(0, (d.line ?? 1) - 1), character: Math.max(0, (d.column ?? 1) - 1) },
          end: { line: Math.max(0, (d.line ?? 1) - 1), character: Math.max(0, d.column ?? 1) },
        },
        severity: DiagnosticSeverity.Error,
        source: 'factlint',
        code: d.code,
        message: `${d.message}${d.hint ? ` (hint: ${d.hint})` : ''}`,
      }));
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
      return;
    }
    if (trace) connection.console.log(`factlint: checked ${result.draftId} in ${result.ms.toFixed(1)} ms`);
    const claims = result.report.findings.flatMap((finding) =>
      finding.claims.filter((c) => c.draft).map((claim) => ({ finding, claim, range: rangeOf(claim) })),
    );
    const entry = { report: result.report, claims };
    checked.set(doc.uri, entry);
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: diagnosticsOf(entry, file) });
  };

  /**
   * Debounced with a leading edge: a change after a pause (none in the last `debounce` ms) is
   * checked at once; changes in quick succession (typing) wait until `debounce` ms pass with
   * none, so a burst of keystrokes costs one check at its end, not one per key.
   */
  const lastChange = new Map<string, number>();
  const schedule = (doc: TextDocument, delay = debounce) => {
    if (!isDraft(doc.uri)) return;
    const now = performance.now();
    const previous = lastChange.get(doc.uri);
    lastChange.set(doc.uri, now);
    const pending = timers.get(doc.uri);
    if (pending) clearTimeout(pending);
    const paused = !pending && (previous === undefined || now - previous >= delay);
    timers.set(
      doc.uri,
      setTimeout(
        () => {
          timers.delete(doc.uri);
          ready = ready
            .then(() => {
              const current = documents.get(doc.uri);
              if (current) check(current);
            })
            .catch(report);
        },
        paused ? 0 : delay,
      ),
    );
  };

  connection.onInitialize((params) => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    const workspace = folder ? fileURLToPath(folder) : process.cwd();
    const options = (params.initializationOptions ?? {}) as ServerOptions;
    if (typeof options.debounce === 'number' && options.debounce >= 0) debounce = options.debounce;
    session = new DraftSession(workspace);
    // Load after answering, so the editor gets the capabilities at once.
    ready = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => session!.load())
      .then((ok) => {
        loaded(ok);
        watch();
      });
    ready.catch(report);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: [OPEN_EVIDENCE] },
      },
      serverInfo: { name: 'factlint', version: TOOL_VERSION },
    };
  });

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    checked.delete(e.document.uri);
    lastChange.delete(e.document.uri);
    if (isDraft(e.document.uri)) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  documents.onDidSave((e) => {
    // A rule or config file saved from the editor reloads at once, whatever the file watcher does.
    if (!isDraft(e.document.uri)) scheduleReload();
  });
  connection.onDidChangeWatchedFiles(() => scheduleReload());

  connection.onHover((params): Hover | null => {
    const entry = checked.get(params.textDocument.uri);
    const hit = entry?.claims.find((c) => contains(c.range, params.position));
    if (!entry || !hit) return null;
    const f = hit.finding;
    const sources = new Map(entry.report.articles.map((a) => [a.id, a.source]));
    const status = {
      contradicts: 'contradicts the coverage',
      agrees: 'agrees with the coverage',
      unconfirmed: 'unconfirmed',
    }[f.draft?.status ?? 'agrees'];
    const byValue = new Map<string, string[]>();
    for (const c of f.claims) {
      const who = c.draft ? 'your draft' : `${sources.get(c.article) ?? c.article} (${c.article})`;
      byValue.set(c.display, [...(byValue.get(c.display) ?? []), who]);
    }
    const lines = [
      `**${f.title}** \`${f.story}/${f.fact}\`: ${status}`,
      '',
      ...[...byValue].map(([v, who]) => `- **${v}**: ${[...new Set(who)].join(', ')}`),
      ...(f.draft?.coverageDisagrees ? ['', 'The coverage disagrees within itself.'] : []),
      ...(f.docs ? ['', `[Rule documentation](${f.docs})`] : []),
    ];
    return { contents: { kind: 'markdown', value: lines.join('\n') }, range: hit.range };
  });

  connection.onCodeAction((params): CodeAction[] => {
    const doc = documents.get(params.textDocument.uri);
    const entry = checked.get(params.textDocument.uri);
    if (!doc || !entry) return [];
    const actions: CodeAction[] = [];
    for (const d of params.context.diagnostics) {
      if (d.source !== 'factlint' || typeof d.code !== 'string' || !d.code.includes('/')) continue;
      const line = d.range.start.line;
      const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
      const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
      actions.push({
        title: `Suppress ${d.code} on this line (factlint-disable-next-line)`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: {
          changes: {
            [doc.uri]: [
              {
                range: { start: { line, character: 0 }, end: { line, character: 0 } },
                newText: `${indent}<!-- factlint-disable-next-line ${d.code} -- REASON: why this claim stands -->\n`,
              },
            ],
          },
        },
      });
      for (const r of d.relatedInformation ?? []) {
        actions.push({
          title: `Open the evidence: ${r.message}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          command: {
            title: 'Open the evidence',
            command: OPEN_EVIDENCE,
            arguments: [r.location.uri, r.location.range],
          },
        });
      }
    }
    return actions;
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== OPEN_EVIDENCE) return;
    const [uri, range] = (params.arguments ?? []) as [string, Range];
    await connection.window.showDocument({ uri, selection: range, takeFocus: true });
  });

  connection.onShutdown(() => {
    session?.close();
    for (const w of watchers) w.close();
    for (const t of timers.values()) clearTimeout(t);
    if (reloadTimer) clearTimeout(reloadTimer);
  });

  documents.listen(connection);
  connection.listen();
}
