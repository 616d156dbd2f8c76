/** Reading one article: what cannot be read is a UserError with a code and a hint, never a crash. */
import fs from 'node:fs';
import path from 'node:path';
import { readArticle } from '../../src/corpus/article';
import { UserError } from '../../src/errors';
import { tempDir } from '../helpers';

function failure(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected a UserError');
}

test('an unreadable path (a folder, a vanished file) is article-unreadable with a hint', () => {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'folder.md'));
  const asFolder = failure(() => readArticle(path.join(dir, 'folder.md'), 'folder.md'));
  expect(asFolder.diagnostics[0]).toMatchObject({ code: 'article-unreadable', file: path.join(dir, 'folder.md') });
  expect(asFolder.diagnostics[0].message).toMatch(/EISDIR/);
  const gone = failure(() => readArticle(path.join(dir, 'gone.md'), 'gone.md'));
  expect(gone.diagnostics[0]).toMatchObject({ code: 'article-unreadable' });
  expect(gone.diagnostics[0].hint).toMatch(/exists/);
});

test('permission denied names the file and says to check permissions', () => {
  const dir = tempDir();
  const file = path.join(dir, 'secret.md');
  fs.writeFileSync(file, 'text');
  // open(2) is where a real EACCES comes from (root here can read any file)
  const spy = jest.spyOn(fs, 'openSync').mockImplementationOnce(() => {
    throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
  });
  try {
    const e = failure(() => readArticle(file, 'secret.md'));
    expect(e.diagnostics[0]).toMatchObject({
      code: 'article-unreadable',
      file,
      message: 'cannot read article (EACCES)',
      hint: 'check the file permissions',
    });
  } finally {
    spy.mockRestore();
  }
});

test('a leading dateline gives the publication date and is not article text', () => {
  const dir = tempDir();
  const file = path.join(dir, 'a.txt');
  fs.writeFileSync(file, ' date 2023-11-09 North Korea’s leader has set off.');
  const a = readArticle(file, 'a.txt');
  expect(a.published).toBe('2023-11-09');
  expect(a.body.slice(a.textStart).trim()).toBe('North Korea’s leader has set off.');
  fs.writeFileSync(file, 'Published: Sept. 12, 2023 — Text.');
  expect(readArticle(file, 'a.txt').published).toBe('2023-09-12');
  fs.writeFileSync(file, '12 September 2023 Text.');
  expect(readArticle(file, 'a.txt').published).toBe('2023-09-12');
  fs.writeFileSync(file, 'date 2023-02-30 Text.'); // impossible: not a dateline
  expect(readArticle(file, 'a.txt').published).toBeUndefined();
});
