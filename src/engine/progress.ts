/**
 * Progress of a long extraction on a terminal: one line on stderr, rewritten in place
 * (articles done, rate, time left), at most a few times a second. Silent when stderr is not
 * a terminal, when CI is set, or with --no-progress.
 */
export interface Progress {
  tick(done: number): void;
  end(): void;
}

const SILENT: Progress = { tick: () => undefined, end: () => undefined };

export function progressEnabled(
  flag: boolean | undefined,
  stream: NodeJS.WriteStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (flag === false) return false;
  if (env.CI && env.CI !== 'false' && env.CI !== '0') return false;
  return Boolean(stream.isTTY);
}

function duration(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60
    ? `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s`
    : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/** A progress line for `total` articles; shown only after `delayMs` so quick runs print nothing. */
export function makeProgress(
  total: number,
  enabled: boolean,
  write: (s: string) => void = (s) => void process.stderr.write(s),
  options: { delayMs?: number; everyMs?: number; now?: () => number } = {},
): Progress {
  if (!enabled || total <= 0) return SILENT;
  const now = options.now ?? (() => performance.now());
  const delay = options.delayMs ?? 500;
  const every = options.everyMs ?? 200;
  const started = now();
  let last = -Infinity;
  let shown = false;
  let width = 0;
  const render = (done: number) => {
    const elapsed = (now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const left = rate > 0 ? (total - done) / rate : Infinity;
    const pct = Math.floor((100 * done) / total);
    const line = `factlint: ${done}/${total} articles (${pct}%), ${rate.toFixed(0)} articles/s, ${done >= total ? 'done' : `${duration(left)} left`}`;
    write(`\r${line}${' '.repeat(Math.max(0, width - line.length))}`);
    width = line.length;
    shown = true;
  };
  return {
    tick(done: number) {
      const t = now();
      if (t - started < delay || t - last < every) return;
      last = t;
      render(done);
    },
    end() {
      if (shown) write(`\r${' '.repeat(width)}\r`);
    },
  };
}
