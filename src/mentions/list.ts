/** `factlint extract --all`: every typed mention of each article, with its offsets and position. */
import type { CorpusFile } from '../corpus/files';
import type { GazetteerEntry } from '../model';
import type { Mention } from '../model';
import type { Problem } from '../model/report';
import { readCorpusFile, type ReadOptions } from '../corpus/read';
import { extractMentions } from './';
import { buildDictionary, findEntries } from './dictionary';
import { articlePosition } from '../corpus/lines';
import type { Analysis } from '../nlp/wink';

export const MENTION_FORMATS = ['json', 'ndjson', 'text'] as const;
export type MentionFormat = (typeof MENTION_FORMATS)[number];

/** One mention as `extract --all` prints it: start/end are offsets into the article's body text. */
export interface MentionRecord {
  path: string;
  type: Mention['type'];
  raw: string;
  value: string;
  start: number;
  end: number;
  line: number;
  column: number;
  hedge?: string;
  unit?: string;
  dimension?: string;
  granularity?: string;
}

/** What a pack lends `extract --all`: its place and name aliases (token sequences → entry id). */
export interface AliasSource {
  placeAliases: [string[], string, boolean?][];
  places: Map<string, GazetteerEntry>;
  nameAliases: [string[], string, boolean?][];
  names: Map<string, GazetteerEntry>;
}

export function listMentions(
  files: CorpusFile[],
  packs: AliasSource[],
  options: ReadOptions,
  analyse: (text: string) => Analysis,
): { mentions: MentionRecord[]; problems: Problem[] } {
  const mentions: MentionRecord[] = [];
  const problems: Problem[] = [];
  const dictionaries = packs
    .flatMap((p) => [
      buildDictionary(p.placeAliases, p.places, 'place'),
      buildDictionary(p.nameAliases, p.names, 'name'),
    ])
    .filter((d) => d.entries.size);
  for (const f of files) {
    const read = readCorpusFile(f, options); // throws only with --strict
    problems.push(...read.problems);
    const article = read.article;
    if (!article || !article.body.trim()) continue;
    const found: Mention[] = extractMentions(article.body, { published: article.published ?? null }).filter(
      (m) => m.start >= article.textStart,
    );
    if (dictionaries.length) {
      const { tokens } = analyse(article.body);
      const seen = new Set<string>();
      for (const d of dictionaries) {
        for (const m of findEntries(d, article.body, tokens)) {
          const key = `${m.type}:${m.start}:${m.end}:${m.value}`;
          if (m.start < article.textStart || seen.has(key)) continue;
          seen.add(key);
          found.push(m);
        }
      }
      found.sort((a, b) => a.start - b.start || a.end - b.end);
    }
    for (const m of found) {
      const pos = articlePosition(article, m.start);
      mentions.push({
        path: article.path,
        type: m.type,
        raw: m.raw,
        value: m.value,
        start: m.start,
        end: m.end,
        line: pos.line,
        column: pos.column,
        ...(m.hedge && m.hedge !== 'exact' ? { hedge: m.hedge } : {}),
        ...(m.unit ? { unit: m.unit } : {}),
        ...(m.dimension ? { dimension: m.dimension } : {}),
        ...(m.granularity ? { granularity: m.granularity } : {}),
      });
    }
  }
  return { mentions, problems };
}

export function formatMentions(mentions: MentionRecord[], format: MentionFormat): string {
  if (format === 'ndjson') return mentions.map((m) => `${JSON.stringify(m)}\n`).join('');
  if (format === 'json') return `${JSON.stringify(mentions, null, 2)}\n`;
  // Columns: location, type, the text as written, its value; each padded to its widest entry
  // (the written text to at most 30, so one long mention does not push every arrow right).
  const where = mentions.map((m) => `${m.path}:${m.line}:${m.column}`);
  const raws = mentions.map((m) => JSON.stringify(m.raw));
  const whereWidth = Math.max(0, ...where.map((w) => w.length));
  const typeWidth = Math.max(0, ...mentions.map((m) => m.type.length));
  const rawWidth = Math.min(30, Math.max(0, ...raws.map((r) => r.length)));
  return mentions
    .map(
      (m, i) =>
        `${where[i].padEnd(whereWidth)}  ${m.type.padEnd(typeWidth)}  ${raws[i].padEnd(rawWidth)} → ${m.value}\n`,
    )
    .join('');
}
