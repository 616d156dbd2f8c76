/** The progress line: only on a terminal, never in CI or with --no-progress; throttled; cleared at the end. */
import { makeProgress, progressEnabled } from '../../src/engine/progress';

const tty = { isTTY: true } as NodeJS.WriteStream;
const pipe = { isTTY: false } as NodeJS.WriteStream;

test('enabled only on a TTY without CI and without --no-progress', () => {
  expect(progressEnabled(undefined, tty, {})).toBe(true);
  expect(progressEnabled(undefined, pipe, {})).toBe(false);
  expect(progressEnabled(undefined, tty, { CI: 'true' })).toBe(false);
  expect(progressEnabled(false, tty, {})).toBe(false);
  expect(progressEnabled(true, pipe, {})).toBe(false);
});

test('one line rewritten with \\r, throttled, with rate and time left; erased at the end', () => {
  let t = 0;
  const out: string[] = [];
  const p = makeProgress(100, true, (s) => out.push(s), { delayMs: 500, everyMs: 200, now: () => t });
  t = 100;
  p.tick(10); // before the delay: nothing
  expect(out).toEqual([]);
  t = 1000;
  p.tick(20); // 20 articles in 1 s: 20/s, 80 left = 4 s
  expect(out).toHaveLength(1);
  expect(out[0]).toBe('\rfactlint: 20/100 articles (20%), 20 articles/s, 4s left');
  t = 1100;
  p.tick(22); // within 200 ms of the last line: skipped
  expect(out).toHaveLength(1);
  t = 2000;
  p.tick(40);
  expect(out[1]).toMatch(/^\rfactlint: 40\/100 articles \(40%\), 20 articles\/s, 3s left/);
  p.end();
  expect(out[2]).toMatch(/^\r +\r$/);
});

test('disabled: nothing is ever written', () => {
  const out: string[] = [];
  const p = makeProgress(100, false, (s) => out.push(s), { delayMs: 0, everyMs: 0 });
  p.tick(50);
  p.end();
  expect(out).toEqual([]);
});
