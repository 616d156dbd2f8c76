/**
 * The library API (package.json "main"); the CLI is built on the same functions.
 *
 *   const { report } = await checkCorpus({ paths: ['corpus'], rules: ['rules'], scale: { jobs: 1, cache: null, progress: false } });
 *   process.stdout.write(FORMATTERS.text(report, { color: false, outDir: null }));
 */
export { loadRulePacks } from './rules/compile';
export { checkCorpus, extractFiles, defaultJobs, type ScaledCheckInput, type ScaleOptions } from './scale/pipeline';
export { extractClaims, finishCheck, type CheckInput, type CheckResult } from './engine';
export { readArticle, parseArticle } from './corpus/article';
export { extractMentions } from './mentions';
export { applyGate } from './gate';
export { exitCode, type FailOn } from './gate/exit';
export { FORMATTERS } from './report';
export { UserError, formatDiagnostic, type Diagnostic } from './errors';
export type { Report, Finding, ReportClaim, Problem, Formatter } from './report/model';
export type { Claim } from './claims/types';
export type { Article, Mention, Constraint } from './types';
export type { CompiledPack } from './rules/types';
