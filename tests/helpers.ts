/** Test helpers: run the built CLI as a user would, and build packs from inline YAML. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
export const CLI = path.join(ROOT, 'bin', 'factlint.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; timeout?: number } = {},
): CliResult {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js')))
    throw new Error('dist/ is missing: run npm run build (npm test does it)');
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, FORCE_COLOR: '0', ...options.env },
    input: options.input,
    timeout: options.timeout,
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'factlint-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes files (relative path → content) under a new temp dir and returns it. */
export function writeTree(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return dir;
}

/** A JSON file (absolute, or relative to the repo root) as the type the caller expects it to have. */
export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.resolve(ROOT, file), 'utf8')) as T;
}

/** A figure of the FACTLINT_STATS line on stderr ("…, index rows 5, …"). */
export function statFigure(stderr: string, name: string): number {
  const m = new RegExp(`, ${name} ([\\d.]+)`).exec(stderr);
  if (!m) throw new Error(`no "${name}" in: ${stderr}`);
  return Number(m[1]);
}
