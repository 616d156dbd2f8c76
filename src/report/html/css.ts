/**
 * The report's only stylesheet, inlined so the file stands alone. System fonts only (nothing
 * is fetched); colours pass WCAG AA on white and never carry meaning without a text label.
 */
export const GROUP_COLOURS = ['#0072b2', '#c2410c', '#047857', '#a21caf', '#854d0e', '#334155'];

export const CSS = `
:root {
  --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --bg: #f6f8fa; --card: #fff;
  --focus: #0b57d0;
  --contradiction: #b42318; --agreement: #067647; --single: #475467; --update: #175cd3; --stale: #8a4b00;
  --draft: #6b21a8;
  --error: #b42318; --warning: #8a4b00; --info: #175cd3; --none: #475467;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--ink); background: var(--bg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
a { color: #0b57d0; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
code, .where { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em; }
.wrap { max-width: 68rem; margin: 0 auto; padding: 1rem; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; }
.skip:focus { left: .5rem; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
header.top h1 { margin: .25rem 0; font-size: 1.6rem; }
.lede { margin: .25rem 0 1rem; font-size: 1.1rem; }
.meta { color: var(--muted); font-size: .9rem; margin: 0; }

.summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(8.5rem, 1fr)); gap: .5rem; margin: 0 0 1rem; }
.stat { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .5rem .75rem; }
.stat dt { color: var(--muted); font-size: .85rem; }
.stat dd { margin: 0; font-size: 1.75rem; font-weight: 700; line-height: 1.2; }
.stat-contradiction { border-left: 6px solid var(--contradiction); }
.stat-agreement { border-left: 6px solid var(--agreement); }
.stat-single-source { border-left: 6px solid var(--single); }
.stat-problems { border-left: 6px solid var(--warning); }
.toc { margin: 0 0 1rem; }

.filters { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .5rem .75rem; margin: 0 0 1rem;
  display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; align-items: center; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: center; }
.filters legend { float: left; font-weight: 600; margin-right: .5rem; padding: 0; }
.filters label { display: inline-flex; gap: .35rem; align-items: center; min-height: 2.25rem; cursor: pointer; }
.filters input { width: 1.15rem; height: 1.15rem; margin: 0; }
.filters button { font: inherit; padding: .3rem .8rem; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); cursor: pointer; min-height: 2.25rem; }
.filters [role="status"] { margin: 0; color: var(--muted); font-size: .9rem; }

ol.findings, ol.problems, ul.articles { list-style: none; margin: 0; padding: 0; }
.card { background: var(--card); border: 1px solid var(--line); border-left: 6px solid var(--single); border-radius: 8px;
  padding: .75rem 1rem 1rem; margin: 0 0 1rem; }
.card[hidden] { display: none; }
.card.status-contradiction { border-left-color: var(--contradiction); }
.card.status-agreement { border-left-color: var(--agreement); }
.card h3 { margin: 0 0 .25rem; font-size: 1.2rem; overflow-wrap: anywhere; }
.card-head { display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: baseline; justify-content: space-between; }
.badges { margin: 0; display: flex; flex-wrap: wrap; gap: .35rem; align-items: center; }
.badge { display: inline-block; border-radius: 999px; padding: .05rem .55rem; font-size: .8rem; font-weight: 700;
  border: 1.5px solid currentColor; background: #fff; white-space: nowrap; }
.b-contradiction { color: var(--contradiction); background: #fef3f2; }
.b-agreement { color: var(--agreement); background: #ecfdf3; }
.b-single-source { color: var(--single); }
.b-error { color: #fff; background: var(--error); border-color: var(--error); }
.b-warning { color: #fff; background: var(--warning); border-color: var(--warning); }
.b-info { color: var(--info); }
.b-none { color: var(--none); }
.b-odd { color: #6b21a8; background: #faf5ff; }
.rule { color: var(--muted); overflow-wrap: anywhere; }
.message { margin: .25rem 0 .75rem; white-space: pre-line; overflow-wrap: anywhere; }

.copies { list-style: none; }
.copies summary { cursor: pointer; color: var(--muted); font-size: .9em; }
.groups { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr)); gap: .75rem; }
.group { border: 1px solid var(--line); border-top: 5px solid var(--g); border-radius: 6px; padding: .5rem .75rem; min-width: 0; }
.group h4 { margin: 0; font-size: 1.05rem; display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; overflow-wrap: anywhere; }
.swatch { display: inline-grid; place-items: center; min-width: 1.6rem; height: 1.6rem; border-radius: 4px; color: #fff;
  background: var(--g); font-size: .85rem; font-weight: 700; }
.held { margin: .2rem 0 .4rem; color: var(--muted); font-size: .9rem; }
ul.claims { list-style: none; margin: 0; padding: 0; }
ul.claims li { border-top: 1px dashed var(--line); padding: .4rem 0 0; margin-top: .4rem; }
.evidence { margin: 0; padding-left: .6rem; border-left: 3px solid var(--line); overflow-wrap: anywhere; }
mark { background: #fde68a; color: inherit; padding: 0 .1em; border-radius: 2px; outline: 1px solid #d97706; }
.where { display: block; color: var(--muted); margin-top: .2rem; overflow-wrap: anywhere; }

figure.timeline { margin: .75rem 0 0; }
figure.timeline svg { display: block; width: 100%; max-width: 28rem; height: auto; }
figure.timeline figcaption { color: var(--muted); font-size: .85rem; }
.docs { margin: .5rem 0 0; font-size: .9rem; overflow-wrap: anywhere; }
.none-shown { color: var(--muted); }

ol.problems li, ul.articles li { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .5rem .75rem; margin: 0 0 .5rem; overflow-wrap: anywhere; }
ol.problems p { margin: .2rem 0 0; }
.hint { color: var(--muted); }
details > summary { cursor: pointer; font-weight: 600; padding: .25rem 0; }
footer { color: var(--muted); font-size: .85rem; margin-top: 2rem; }

@media (max-width: 30rem) {
  .wrap { padding: .75rem; }
  .card { padding: .6rem .7rem .8rem; }
  .group { padding: .5rem .6rem; }
}

@media print {
  body { background: #fff; font-size: 11pt; }
  .filters, .skip { display: none !important; }
  .card[hidden] { display: block !important; }
  .card, .group, ol.problems li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}

.drafts { margin: 0 0 1rem; }
.b-draft { background: var(--draft); color: #fff; }
.b-draft-contradicts { background: var(--contradiction); color: #fff; }
.b-draft-agrees { background: var(--agreement); color: #fff; }
.b-draft-unconfirmed { background: var(--single); color: #fff; }
li.draft-claim { border-left: 4px solid var(--draft); padding-left: .5rem; }
.agrees { margin: 0 0 1rem; color: var(--agreement); }
.stat-update { border-left: 6px solid var(--update); }
.stat-stale { border-left: 6px solid var(--stale); }
.card.status-update { border-left-color: var(--update); }
.card.status-stale { border-left-color: var(--stale); }
.b-update { color: var(--update); background: #eff8ff; }
.b-stale { color: var(--stale); background: #fffaeb; }
.strip { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; list-style: none; padding: 0; margin: .5rem 0; }
.strip .step { position: relative; display: flex; flex-direction: column; border-top: 4px solid var(--update); padding-top: .25rem; min-width: 6rem; }
.strip .step + .step::before { content: "→"; position: absolute; margin-left: -1.1rem; color: var(--muted); }
.strip .step-stale { border-top-color: var(--stale); }
.strip .step-value { font-weight: 600; }
.group.loose { border-style: dashed; }
`;
