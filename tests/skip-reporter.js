/**
 * A Jest reporter that ends the run with one line for each suite skipped for a missing
 * prerequisite, and why (the suites record them through tests/prerequisites.ts). The log
 * file is named in the environment before any test worker starts, so workers inherit it.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

class SkipReporter {
  constructor() {
    this.log = path.join(os.tmpdir(), `factlint-skips-${process.pid}.ndjson`);
    fs.rmSync(this.log, { force: true });
    process.env.FACTLINT_SKIP_LOG = this.log;
  }

  onRunComplete() {
    let text;
    try {
      text = fs.readFileSync(this.log, 'utf8');
    } catch {
      return; // nothing skipped
    }
    fs.rmSync(this.log, { force: true });
    const lines = new Set(
      text
        .split('\n')
        .filter(Boolean)
        .map((l) => {
          const { file, what, hint } = JSON.parse(l);
          return `Skipped ${file}: ${what} not found (${hint})`;
        }),
    );
    process.stderr.write(`${[...lines].sort().join('\n')}\n`);
  }
}

module.exports = SkipReporter;
