/**
 * A made-up story (tests/fixtures/wire-story): three outlets print one AP story saying 12 dead,
 * two independent reports say 14. Run through the built CLI as a user would.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, runCli, tempDir } from '../helpers';

const FIXTURE = path.join(ROOT, 'tests/fixtures/wire-story');
const WIRE = ['northern-ledger.md', 'plains-daily.md', 'valley-courier.md'];

interface Finding {
  status: string;
  message: string;
  oddOneOut: number | null;
  groups: {
    group: number;
    display: string;
    articles: string[];
    witnesses: { id: string; label: string; articles: string[] }[];
  }[];
  claims: { article: string; witness: string; group: number }[];
}

function check(corpus: string, ...flags: string[]): Finding {
  const r = runCli([
    'check',
    corpus,
    '--rules',
    path.join(FIXTURE, 'rules'),
    '--format',
    'json',
    '--fail-on',
    'never',
    ...flags,
  ]);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { findings: Finding[] }).findings[0];
}

/** The fixture corpus copied, each file passed through `edit`, in a new folder. */
function copyCorpus(edit: (name: string, text: string) => string | null): string {
  const dir = tempDir();
  for (const f of fs.readdirSync(path.join(FIXTURE, 'corpus'))) {
    const text = edit(f, fs.readFileSync(path.join(FIXTURE, 'corpus', f), 'utf8'));
    if (text !== null) fs.writeFileSync(path.join(dir, f), text);
  }
  return dir;
}

test('the three wire copies are one witness, and the wire figure is the odd one out', () => {
  const f = check(path.join(FIXTURE, 'corpus'));
  expect(f.status).toBe('contradiction');
  const wire = f.groups.find((g) => g.display === '12')!;
  expect(wire.articles).toEqual(WIRE);
  expect(wire.witnesses).toEqual([{ id: 'AP', label: 'AP wire', articles: WIRE }]);
  expect(f.groups.find((g) => g.display === '14')!.witnesses.map((w) => w.label)).toEqual([
    'Orrin Herald',
    'Tessmark Radio',
  ]);
  expect(f.oddOneOut).toBe(wire.group);
  expect(f.message).toContain('3 outlets, 1 witness: AP wire (3 outlets)');
  expect(new Set(f.claims.filter((c) => WIRE.includes(c.article)).map((c) => c.witness))).toEqual(new Set(['AP']));
});

test('without the wire credit the copies are still found by their text', () => {
  const corpus = copyCorpus((_, t) => t.replace(' (AP) —', ''));
  const f = check(corpus);
  const wire = f.groups.find((g) => g.display === '12')!;
  expect(wire.witnesses).toHaveLength(1);
  expect(wire.witnesses[0].articles).toEqual(WIRE);
  expect(f.oddOneOut).toBe(wire.group);
});

test('a figure only the copies of one story print is single-source, however many sites printed it', () => {
  const corpus = copyCorpus((name, t) => (WIRE.includes(name) ? t : null));
  const f = check(corpus);
  expect(f.status).toBe('single-source');
  expect(f.message).toContain('only one witness reports 12');
});

test('--no-witnesses counts outlets: the wire side is the larger one and nothing is the odd one out', () => {
  const f = check(path.join(FIXTURE, 'corpus'), '--no-witnesses');
  expect(f.groups[0].display).toBe('12');
  expect(f.oddOneOut).toBeNull();
  expect(f.groups.every((g) => g.witnesses.length === g.articles.length)).toBe(true);
});

test('a pack can switch detection off', () => {
  const rules = tempDir();
  const pack = fs.readFileSync(path.join(FIXTURE, 'rules', 'orrin-vale-floods.yaml'), 'utf8');
  fs.writeFileSync(path.join(rules, 'p.yaml'), `${pack}witnesses:\n  detect: false\n`);
  const r = runCli(['check', path.join(FIXTURE, 'corpus'), '--rules', rules, '--format', 'json', '--fail-on', 'never']);
  const f = (JSON.parse(r.stdout) as { findings: Finding[] }).findings[0];
  expect(f.oddOneOut).toBeNull();
  expect(f.groups[0].display).toBe('12');
});
