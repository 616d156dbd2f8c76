/**
 * Claims as NDJSON, the format between `factlint extract` and `factlint align`: one JSON
 * object per line, each with a "type":
 *   header   {"type":"header","tool":"factlint","version","format":1,"rules":<hash>,"published","build"}
 *   article  {"type":"article","file",<article metadata: id, path, source, published, title, story, …>,"sha256"}
 *   claim    {"type":"claim",<Claim: story, fact, article, path, start, end, line, column, …, constraint>}
 *   problem  {"type":"problem","article":<corpus id>,"file",<Problem: code, severity, message, line, column, hint>}
 *   end      {"type":"end","articles","claims","problems"}   (counts; a shard without it is truncated)
 * Records of one corpus file follow its article record (an unreadable file has only problems).
 * Unbounded interval ends are the strings "Infinity"/"-Infinity" (JSON has no Infinity).
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors';
import { TOOL_VERSION } from '../version';
import type { Claim } from '../model/claim';
import type { Problem } from '../model/report';
import { fromJson, toJson, type ArticleMeta, type FileResult } from './records';

export const SHARD_FORMAT = 1;

export type ShardRecord =
  | {
      type: 'header';
      tool: 'factlint';
      version: string;
      format: number;
      rules: string;
      published: string | null;
      /** Fingerprint of the factlint build that extracted (engine/cache buildFingerprint); absent in older shards. */
      build?: string;
    }
  | ({ type: 'article'; file: string; sha256?: string } & ArticleMeta)
  | ({ type: 'claim' } & Claim)
  | ({ type: 'problem'; article: string } & Problem)
  | { type: 'end'; articles: number; claims: number; problems: number };

/** Writes a shard line by line (to a temporary file renamed at the end, or to stdout). */
export class ShardWriter {
  private buffer: string[] = [];
  private size = 0;
  private counts = { articles: 0, claims: 0, problems: 0 };
  private fd: number | null = null;
  private tmp: string | null = null;

  constructor(
    private readonly out: string | null,
    private readonly stdout: (s: string) => void,
    header: { rules: string; published: string | null; build?: string },
  ) {
    if (out) {
      this.tmp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
      try {
        this.fd = fs.openSync(this.tmp, 'w');
      } catch (e) {
        throw new UserError({
          code: 'output-unwritable',
          message: `cannot write ${out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
          file: out,
          hint: 'check that the folder exists and is writable',
        });
      }
    }
    this.line({
      type: 'header',
      tool: 'factlint',
      version: TOOL_VERSION,
      format: SHARD_FORMAT,
      rules: header.rules,
      published: header.published,
      ...(header.build ? { build: header.build } : {}),
    });
  }

  private line(r: ShardRecord): void {
    const s = `${toJson(r)}\n`;
    this.buffer.push(s);
    this.size += s.length;
    if (this.size > 1 << 16) this.flush();
  }

  private flush(): void {
    const text = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (this.fd !== null) fs.writeSync(this.fd, text);
    else this.stdout(text);
  }

  add(r: FileResult): void {
    if (r.article) {
      this.counts.articles++;
      this.line({ type: 'article', file: r.file, ...r.article, ...(r.sha256 ? { sha256: r.sha256 } : {}) });
    }
    for (const c of r.claims) {
      this.counts.claims++;
      this.line({ type: 'claim', ...c });
    }
    for (const p of r.problems) {
      this.counts.problems++;
      this.line({ type: 'problem', article: r.id, ...p });
    }
  }

  end(): void {
    this.line({ type: 'end', ...this.counts });
    this.flush();
    if (this.fd !== null) {
      fs.closeSync(this.fd);
      fs.renameSync(this.tmp!, this.out!);
    }
  }

  abort(): void {
    if (this.fd !== null) {
      fs.closeSync(this.fd);
      fs.rmSync(this.tmp!, { force: true });
    }
  }
}

/** One corpus file's records read back from a shard. */
export interface ShardUnit {
  id: string;
  file: string;
  article: ArticleMeta | null;
  claims: Claim[];
  problems: Problem[];
  /** The SHA-256 of the bytes extracted, when the shard records it. */
  sha256?: string;
}

export type ShardHeader = Extract<ShardRecord, { type: 'header' }>;

/** Reads a shard; checks its header, the rules it was extracted with and its end record. `onHeader` sees the header. */
export function readShard(file: string, rules: string, onHeader?: (h: ShardHeader) => void): ShardUnit[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UserError({
      code: 'shard-unreadable',
      message: `cannot read claims file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      file,
      hint: 'pass the NDJSON files written by factlint extract --out',
    });
  }
  const bad = (line: number, message: string, hint: string) =>
    new UserError({ code: 'shard-invalid', message, file, line, column: 1, hint });
  const units: ShardUnit[] = [];
  const byId = new Map<string, ShardUnit>();
  const unit = (id: string, f: string) => {
    const key = `${id}\u0000${f}`;
    let u = byId.get(key);
    if (!u) {
      byId.set(key, (u = { id, file: f, article: null, claims: [], problems: [] }));
      units.push(u);
    }
    return u;
  };
  let header = false;
  let current: ShardUnit | null = null;
  let ended: Extract<ShardRecord, { type: 'end' }> | null = null;
  const counts = { articles: 0, claims: 0, problems: 0 };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (!raw.trim()) continue;
    let r: ShardRecord;
    try {
      r = fromJson<ShardRecord>(raw);
    } catch (e) {
      throw bad(
        i + 1,
        `line is not JSON: ${(e as Error).message}`,
        'a claims file has one JSON object per line, as factlint extract writes it',
      );
    }
    if (ended)
      throw bad(i + 1, 'records after the end record', 'concatenated shards are separate files: pass each to align');
    if (!header) {
      if (r.type !== 'header' || r.tool !== 'factlint')
        throw bad(
          i + 1,
          'not a factlint claims file (no header record)',
          'write claims with factlint extract --rules … --out claims.ndjson',
        );
      if (r.format !== SHARD_FORMAT)
        throw bad(
          i + 1,
          `claims format ${r.format} is not supported (this factlint reads format ${SHARD_FORMAT})`,
          're-run factlint extract with this version',
        );
      if (r.rules !== rules)
        throw new UserError({
          code: 'shard-rules-mismatch',
          message: 'claims were extracted with other rules than --rules',
          file,
          line: i + 1,
          column: 1,
          hint: 'extract every shard and align with the same rule files',
        });
      header = true;
      onHeader?.(r);
      continue;
    }
    switch (r.type) {
      case 'article': {
        const { type: _t, file: f, sha256, ...meta } = r;
        current = unit(meta.id, f);
        current.article = meta;
        if (sha256) current.sha256 = sha256;
        counts.articles++;
        break;
      }
      case 'claim': {
        const { type: _t, ...claim } = r;
        // A claim follows its article's record.
        if (!current || current.id !== claim.article)
          throw bad(
            i + 1,
            `claim of article "${claim.article}" not after its article record`,
            'the file was edited or truncated; re-run factlint extract',
          );
        current.claims.push(claim);
        counts.claims++;
        break;
      }
      case 'problem': {
        const { type: _t, article, ...problem } = r;
        (current && current.id === article ? current : unit(article, problem.file)).problems.push(problem);
        counts.problems++;
        break;
      }
      case 'end':
        ended = r;
        break;
      default:
        throw bad(
          i + 1,
          `unknown record type "${(r as { type: string }).type}"`,
          'a claims file holds header, article, claim, problem and end records',
        );
    }
  }
  if (!header) throw bad(1, 'empty claims file', 'write claims with factlint extract --rules … --out claims.ndjson');
  if (
    !ended ||
    ended.articles !== counts.articles ||
    ended.claims !== counts.claims ||
    ended.problems !== counts.problems
  ) {
    throw new UserError({
      code: 'shard-truncated',
      message: 'claims file is incomplete (no end record, or its counts differ)',
      file,
      hint: 'the extract run that wrote it did not finish; run it again',
    });
  }
  return units;
}
