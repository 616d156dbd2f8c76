#!/usr/bin/env node
// Makes docs/images/draft-report.png, the README's picture of draft mode: a draft with a
// wrong year checked against the example corpus, its HTML report opened in Debian's headless
// Chromium (never a downloaded browser). Run after `npm run build`: node scripts/screenshot-draft.js
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { chromium } = require('playwright-core');

const ROOT = path.join(__dirname, '..');
const DRAFT = `---
title: Kim's train reaches Russia
source: Our desk
published: 2023-09-12
---
Mr Kim is heading towards Vladivostok for a summit with Mr Putin.

The two leaders last met in 2017.
`;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-shot-'));
  fs.cpSync(path.join(ROOT, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'rules'), path.join(dir, 'rules'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'drafts'));
  fs.writeFileSync(path.join(dir, 'drafts/kim-visit.md'), DRAFT);
  const r = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'bin/factlint.js'),
      'check',
      'drafts/kim-visit.md',
      '--against',
      'corpus',
      '--format',
      'html:report.html',
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  if (r.status !== 1) throw new Error(`expected exit 1, got ${r.status}: ${r.stderr}`);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ viewport: { width: 960, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(path.join(dir, 'report.html')).toString());
  const box = await page.locator('li.card', { hasText: 'Year Kim and Putin last met' }).boundingBox();
  const out = path.join(ROOT, 'docs/images/draft-report.png');
  await page.screenshot({
    path: out,
    fullPage: true,
    clip: { x: 0, y: 0, width: 960, height: box.y + box.height + 12 },
  });
  await browser.close();
  fs.rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`wrote ${path.relative(ROOT, out)}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exitCode = 1;
});
