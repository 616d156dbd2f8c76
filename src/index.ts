/**
 * The library API (package.json "main"); the CLI is built on the same pieces.
 *
 *   const checker = Checker.load(['rules']);            // one instance per rule set
 *   const { report } = await checkCorpus({
 *     paths: ['corpus'],
 *     rules: checker.rules,
 *     checker,
 *     scale: { jobs: 1, cache: null, progress: false },
 *   });
 *   process.stdout.write(FORMATTERS.text(report, { color: false, outDir: null }));
 *
 * Reloading rules is making a new Checker; two checkers in one process never affect each other.
 */
export { Checker, type CheckResult, type LoadOptions } from './engine/checker';
export { checkCorpus, extractFiles, defaultJobs, type ScaledCheckInput, type ScaleOptions } from './engine/run';
export { readArticle, parseArticle } from './corpus/article';
export { readCorpusFile, type ReadOptions } from './corpus/read';
export { extractMentions } from './mentions';
export { applyGate } from './gate';
export { exitCode, type FailOn } from './gate/exit';
export { FORMATTERS } from './report';
export { UserError, formatDiagnostic, type Diagnostic } from './errors';
export type { Report, Finding, ReportClaim, Problem, Formatter } from './model/report';
export type { Claim } from './model/claim';
export type { Article, Mention, Constraint } from './model';
export type { CompiledPack } from './rules/types';
