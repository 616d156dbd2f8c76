/** Extraction of one corpus file, the unit of work of the main thread, the workers and the cache. */
import type { CorpusFile } from '../corpus/files';
import type { CompiledPack } from '../rules/types';
import { UserError } from '../errors';
import { extractClaims, readCorpusFile } from '../engine';
import { metaOf, type FileFailure, type FileResult } from './records';

export interface FileOptions {
  strict?: boolean;
  published?: string;
  maxBytes?: number;
}

/** The file's article metadata, claims and problems; with `strict`, an unreadable file is a failure. */
export function extractFile(f: CorpusFile, packs: CompiledPack[], options: FileOptions): FileResult | FileFailure {
  let read: ReturnType<typeof readCorpusFile>;
  try {
    read = readCorpusFile(f, options);
  } catch (e) {
    if (e instanceof UserError) return { id: f.id, file: f.file, error: e.diagnostics };
    throw e;
  }
  const { article, problems } = read;
  return {
    id: f.id,
    file: f.file,
    article: article && metaOf(article),
    claims: article ? extractClaims(article, packsFor(article.story, packs)) : [],
    problems,
  };
}

/**
 * The packs an article's story may be in scope of: packs limited to other stories are left
 * out before the per-pack scope test (with hundreds of story packs, that test adds up).
 */
const byStory = new WeakMap<CompiledPack[], { any: CompiledPack[]; story: Map<string, CompiledPack[]> }>();
function packsFor(story: string | undefined, packs: CompiledPack[]): CompiledPack[] {
  let idx = byStory.get(packs);
  if (!idx) {
    idx = { any: [], story: new Map() };
    const stories = new Set(packs.flatMap((p) => p.appliesTo.story ?? []));
    for (const s of stories)
      idx.story.set(
        s,
        packs.filter((p) => !p.appliesTo.story || p.appliesTo.story.includes(s)),
      );
    idx.any = packs.filter((p) => !p.appliesTo.story);
    byStory.set(packs, idx);
  }
  return (story !== undefined && idx.story.get(story)) || idx.any;
}

export const isFailure = (r: FileResult | FileFailure): r is FileFailure => 'error' in r;
