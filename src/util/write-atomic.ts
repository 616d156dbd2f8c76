/**
 * Writing a whole file at once (reports, baselines, mention lists, cache entries): a reader sees
 * the old file or the new one, never half.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors';

/** Writes via a temporary file and a rename, so a report is never half-written. */
export function writeAtomic(file: string, content: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new UserError({
      code: 'output-unwritable',
      message: `cannot write ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      file,
      hint: 'check the folder permissions and free space',
    });
  }
}
