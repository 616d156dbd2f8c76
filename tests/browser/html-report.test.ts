/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser, so this file needs DOM types)
/**
 * The HTML report as an editor sees it, in Debian's headless Chromium (never a downloaded
 * browser). Without /usr/bin/chromium the suite is skipped and the run says so; in CI (which
 * .ci/run installs it for) it fails instead (tests/prerequisites.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { formatHtml } from '../../src/report/html';
import { formatJunit } from '../../src/report/junit';
import type { Report } from '../../src/model/report';
import { describeWith, needsPath } from '../prerequisites';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ROOT = join(__dirname, '../..');
const suite = describeWith(needsPath(CHROMIUM, CHROMIUM, "Debian's chromium: apt-get install chromium"));

const load = (name: string): Report =>
  JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/reports', `${name}.json`), 'utf8')) as Report;

/**
 * The "Showing n of m" line, waited for: filters update it on input events, which a loaded
 * machine may deliver late.
 */
async function expectShown(page: Page, text: string): Promise<void> {
  await page
    .waitForFunction((t) => document.querySelector('#shown')?.textContent === t, text, { timeout: 5000 })
    .catch(() => undefined);
  await expect(page.locator('#shown').innerText()).resolves.toBe(text);
}

suite('HTML report in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  const url: Record<string, string> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'factlint-html-'));
    for (const name of ['story', 'hostile', 'empty']) {
      const file = join(dir, `${name}.html`);
      writeFileSync(file, formatHtml(load(name), { color: false, outDir: dir }));
      url[name] = pathToFileURL(file).href;
    }
    // The example story's real report: its rule documentation links are long GitHub URLs.
    const example = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/golden/example/report.json'), 'utf8')) as Report;
    writeFileSync(join(dir, 'example.html'), formatHtml(example, { color: false, outDir: dir }));
    url.example = pathToFileURL(join(dir, 'example.html')).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(name: string, width = 1280, height = 900): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width, height } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(url[name]);
    return { page, errors };
  }

  const cards = (page: Page) => page.locator('li.card');
  const card = (page: Page, title: string) =>
    page.locator('li.card', { has: page.getByRole('heading', { level: 3, name: title }) });

  test('the summary shows the counts', async () => {
    const { page, errors } = await open('story');
    const stats = await page
      .locator('.stat')
      .evaluateAll((els) =>
        els.map((el) => [el.querySelector('dt')?.textContent, el.querySelector('dd')?.textContent]),
      );
    expect(stats).toEqual([
      ['Articles', '5'],
      ['Facts', '5'],
      ['Contradictions', '3'],
      ['Agreements', '1'],
      ['Single-source', '1'],
      ['Problems', '1'],
    ]);
    await expect(page.locator('h1').textContent()).resolves.toBe('factlint report');
    await expect(page.locator('.lede').textContent()).resolves.toBe('3 contradictions across 5 articles');
    expect(errors).toEqual([]); // the CSP admits the filter script and nothing complains
    await page.close();
  });

  test('a contradiction card shows both values, both sources and the evidence', async () => {
    const { page } = await open('story');
    const departure = card(page, 'Departure date');
    await expect(departure.isVisible()).resolves.toBe(true);
    const groups = departure.locator('section.group');
    await expect(groups.count()).resolves.toBe(2);
    await expect(groups.nth(0).locator('h4').innerText()).resolves.toContain('2023-11-09 (Thu)');
    await expect(groups.nth(1).locator('h4').innerText()).resolves.toContain('2023-09-10 (Sun)');
    await expect(groups.nth(0).locator('.held').innerText()).resolves.toContain('Northern Herald');
    await expect(groups.nth(1).locator('.held').innerText()).resolves.toContain('Wire Service');
    await expect(groups.nth(1).locator('mark').innerText()).resolves.toBe('Sunday');
    await expect(groups.nth(1).locator('.where a').innerText()).resolves.toBe('corpus/002.md:8:31');
    await expect(departure.locator('.badge').allInnerTexts()).resolves.toEqual(['Contradiction', 'Error']);

    // side by side on a desktop screen
    const [a, b] = [await groups.nth(0).boundingBox(), await groups.nth(1).boundingBox()];
    expect(a && b && Math.abs(a.y - b.y) < 1 && b.x > a.x + a.width - 1).toBe(true);

    // contradictions come first
    await expect(cards(page).locator('h3').allInnerTexts()).resolves.toEqual([
      'Departure date',
      "Year of the leaders' previous meeting",
      'Top speed of the train',
      'Place of arrival in Russia',
      "Time since the leader's last trip abroad",
    ]);
    await expect(card(page, 'Top speed of the train').locator('.b-odd').innerText()).resolves.toBe('Odd one out');
    await page.close();
  });

  test('dated and numeric facts get a number line where disjoint values do not overlap', async () => {
    const { page } = await open('story');
    const speedPlot = card(page, 'Top speed of the train').getByRole('img', {
      name: 'Number line of Top speed of the train (km/h)',
    });
    await expect(speedPlot.isVisible()).resolves.toBe(true);
    const bars = await speedPlot.locator('g rect').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, fill: el.getAttribute('fill') };
      }),
    );
    // rows: Wire Service ≈59, Coastal Times ≈60 (group A), Harbour Daily ≥80 (group B)
    expect(bars).toHaveLength(3);
    const [w, c, h] = bars as { left: number; right: number; fill: string }[];
    expect(w?.fill).toBe(c?.fill);
    expect(h?.fill).not.toBe(w?.fill);
    expect(h.left).toBeGreaterThan(Math.max(w.right, c.right));
    await expect(speedPlot.locator('desc').textContent()).resolves.toBe(
      'A, Wire Service: ≈59 km/h (53.1–64.9); A, Coastal Times: ≈60 km/h (54–66); B, Harbour Daily: ≥80 km/h',
    );
    await expect(
      card(page, 'Departure date').getByRole('img', { name: 'Number line of Departure date' }).isVisible(),
    ).resolves.toBe(true);
    await expect(card(page, 'Place of arrival in Russia').locator('svg').count()).resolves.toBe(0);
    await page.close();
  });

  test('filters work with the keyboard and the mouse, and say what they show', async () => {
    const { page } = await open('story');
    const agreementBox = page.getByRole('checkbox', { name: /Agreement/ });
    await expect(page.locator('#filters').isVisible()).resolves.toBe(true);

    // Tab to the checkbox: the focus ring is visible; Space toggles it
    let onTarget = false;
    for (let i = 0; i < 40 && !onTarget; i++) {
      await page.keyboard.press('Tab');
      onTarget = await agreementBox.evaluate((el) => el === document.activeElement);
    }
    expect(onTarget).toBe(true);
    const outline = await agreementBox.evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), visible: el.matches(':focus-visible') };
    });
    expect(outline.visible).toBe(true);
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Space');
    await expect(agreementBox.isChecked()).resolves.toBe(false);
    await expect(card(page, 'Place of arrival in Russia').isHidden()).resolves.toBe(true);
    await expect(card(page, 'Departure date').isVisible()).resolves.toBe(true);
    await expectShown(page, 'Showing 4 of 5 findings');

    // severity filter by mouse
    await page.getByRole('checkbox', { name: /^Error/ }).click();
    await expect(card(page, 'Departure date').isHidden()).resolves.toBe(true);
    await expect(card(page, "Year of the leaders' previous meeting").isHidden()).resolves.toBe(true);
    await expect(card(page, 'Top speed of the train').isVisible()).resolves.toBe(true);
    await expectShown(page, 'Showing 2 of 5 findings');

    // printing shows every card and no controls
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#filters').isHidden()).resolves.toBe(true);
    await expect(card(page, 'Departure date').isVisible()).resolves.toBe(true);
    await expect(card(page, 'Place of arrival in Russia').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: 'Show all' }).click();
    await expectShown(page, 'Showing 5 of 5 findings');
    await expect(cards(page).evaluateAll((els) => els.filter((el) => (el as HTMLElement).hidden).length)).resolves.toBe(
      0,
    );
    await page.close();
  });

  test.each(['story', 'hostile', 'empty', 'example'])('%s: no horizontal scrolling on a 375px phone', async (name) => {
    const { page } = await open(name, 375, 800);
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
    if (name === 'story') {
      // cards stack: the two values of a contradiction sit one above the other
      const groups = card(page, 'Departure date').locator('section.group');
      const [a, b] = [await groups.nth(0).boundingBox(), await groups.nth(1).boundingBox()];
      expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
      await page.screenshot({ path: join(ROOT, 'reports/html-report-phone.png'), fullPage: true });
    }
    await page.close();
  });

  test('hostile article text is shown literally and never runs', async () => {
    const { page, errors } = await open('hostile');
    await expect(page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).resolves.toBeUndefined();
    await expect(page.locator('script').count()).resolves.toBe(1);
    await expect(page.locator('img').count()).resolves.toBe(0);
    const finding = page.locator('li.card');
    await expect(finding.locator('h3').innerText()).resolves.toBe(
      `Casualties <img src=x onerror="window.__pwned='img'">`,
    );
    await expect(finding.locator('mark').first().innerText()).resolves.toBe("<script>window.__pwned = 'raw'</script>");
    await expect(finding.locator('blockquote').first().innerText()).resolves.toContain(
      '"quotes" & ampersands ]]> --> <!-- @someone',
    );
    await expect(page.getByText("Hint: <script>window.__pwned='hint'</script>").isVisible()).resolves.toBe(true);
    // the javascript: docs URL is text, not a link
    await expect(page.locator('a[href^="javascript"]').count()).resolves.toBe(0);
    await expect(finding.locator('.docs code').innerText()).resolves.toBe("javascript:window.__pwned='docs'");
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the JUnit XML of hostile text is well-formed for a strict XML parser', async () => {
    const { page } = await open('empty');
    const parse = (xml: string) =>
      page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return {
          errors: doc.getElementsByTagName('parsererror').length,
          failures: doc.documentElement.getAttribute('failures'),
          message: doc.querySelector('failure')?.getAttribute('message') ?? null,
        };
      }, xml);
    await expect(parse('<a>&</a>')).resolves.toMatchObject({ errors: 1 }); // the parser is strict
    const report = load('hostile');
    await expect(parse(formatJunit(report, { color: false, outDir: null }))).resolves.toEqual({
      errors: 0,
      failures: '1',
      message: report.findings[0]?.message,
    });
    await page.close();
  });

  test('screenshot for people: reports/html-report.png', async () => {
    const { page } = await open('story', 1100, 900);
    mkdirSync(join(ROOT, 'reports'), { recursive: true });
    const path = join(ROOT, 'reports/html-report.png');
    await page.screenshot({ path, fullPage: true });
    expect(existsSync(path)).toBe(true);
    await page.close();
  });
});
