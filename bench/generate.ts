/**
 * Deterministic synthetic corpus for the benchmark: news-like articles (~500 words) from
 * templates, grouped in made-up stories, each with a generated rule pack and planted
 * contradictions. Same seed and size, byte-identical files. Nothing here is real.
 */
import fs from 'node:fs';
import path from 'node:path';

/** mulberry32: a small seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

const SYL = [
  'ka',
  'lo',
  'mer',
  'vin',
  'tal',
  'os',
  'bre',
  'du',
  'han',
  'sel',
  'mor',
  'ri',
  'ten',
  'ga',
  'vel',
  'as',
  'dun',
  'ker',
  'lin',
  'pa',
  'sto',
  'wen',
  'ar',
  'by',
  'cor',
  'fen',
  'ish',
  'ul',
  'zar',
  'ne',
];
function word(r: Rand, n = int(r, 2, 3)): string {
  let w = '';
  for (let i = 0; i < n; i++) w += pick(r, SYL);
  return cap(w);
}

const OUTLETS = [
  'Northern Ledger',
  'Coastal Wire',
  'Daily Meridian',
  'The Evening Post',
  'Harbour Times',
  'Valley Courier',
  'Metro Dispatch',
  'The Observer Desk',
  'Capital Report',
  'Frontier News',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const VEHICLES = ['ferry', 'train', 'convoy', 'cargo ship', 'airship', 'bus'];
const ROLES = ['minister', 'spokesperson', 'mayor', 'engineer', 'analyst', 'official', 'captain', 'inspector'];

const FILLER = [
  'Officials in {P} said the situation was being monitored closely and that further updates would follow.',
  'Residents described a tense atmosphere as crowds gathered near the central square of {P}.',
  'The {R} told reporters that the investigation had only just begun and urged patience.',
  'According to {N}, the {R} of {P}, nobody had expected events to unfold so quickly.',
  'Local businesses reported a drop in trade of about {n} percent over the previous {d} days.',
  'A spokesperson for the regional authority declined to comment on the reports.',
  'The company said it had hired {n} additional staff and opened an inquiry into the matter.',
  'Critics argued that the warnings had been ignored for years, pointing to a report published in {Y}.',
  'Traffic on the main road to {P} was diverted for several hours on {W}.',
  'Observers noted that similar incidents had happened in {Y} and again in {Y2}, with fewer consequences.',
  'In a statement, {N} said the priority remained the safety of everyone involved.',
  'The weather service forecast strong winds and rain for the coming days across the region.',
  'Volunteers distributed food and blankets to some {n} people at a school gymnasium in {P}.',
  'Insurance experts estimated the cost of the damage at nearly {n} million euros.',
  'The opposition called for an independent review and for the {R} to appear before parliament.',
  'Schools in the district remained closed while engineers inspected {n} buildings.',
  'Witnesses said they heard a loud noise shortly after midnight, then saw lights along the shore.',
  'The national broadcaster interrupted its programmes to show images from {P}.',
  'Shares in the operator fell {n} percent in early trading before recovering slightly.',
  'Historians recall that the town was founded in {Y} and grew quickly after the railway arrived.',
  'The {R} promised a full account by the end of {M} and thanked the emergency services.',
  '{N}, who has covered the region for {d} years, said the mood had changed noticeably.',
  'Police set up a cordon of roughly {n} metres around the site and asked onlookers to stay away.',
  'The union representing workers said its members had raised concerns about staffing in {M} {Y}.',
  'A second meeting is planned for {W}, when officials hope to agree on the next steps.',
];

interface Story {
  id: string;
  vehicle: string;
  name: string; // vessel/train name
  country: string;
  region: string;
  towns: string[];
  date: { y: number; m: number; d: number; wd: number }; // the event day
  speed: number;
  built: number;
  passengers: number;
  duration: number; // days
}

function dayOfWeek(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function makeStory(r: Rand, i: number): Story {
  const y = int(r, 2015, 2025);
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  return {
    id: `story-${String(i).padStart(4, '0')}`,
    vehicle: pick(r, VEHICLES),
    name: word(r, 2),
    country: word(r, 3),
    region: `${word(r, 2)} Province`,
    towns: [word(r), word(r), word(r), word(r)],
    date: { y, m, d, wd: dayOfWeek(y, m, d) },
    speed: int(r, 20, 90),
    built: int(r, 1975, 2012),
    passengers: int(r, 40, 900),
    duration: int(r, 2, 9),
  };
}

function rulePack(s: Story): string {
  return `# generated by bench/generate.ts: synthetic story ${s.id}
factlint: 1
story: ${s.id}
title: Incident of the ${s.vehicle} ${s.name}
applies-to:
  story: [${s.id}]
gazetteer:
  - id: ${s.id}-country
    name: ${s.country}
    kind: country
    children:
      - id: ${s.id}-region
        name: ${s.region}
        kind: region
        children:
${s.towns.map((t, k) => `          - { id: ${s.id}-town-${k}, name: ${t}, kind: town }`).join('\n')}
facts:
  - id: incident-date
    title: Day of the incident
    type: date
    cues: [was halted, came to a stop]
  - id: speed
    title: Speed of the ${s.vehicle}
    type: quantity
    unit: km/h
    tolerance: { absolute: 3 }
    cues: [travelling at, moving at]
  - id: built-year
    title: Year the ${s.vehicle} was built
    type: year
    cues: [built in, entered service in]
  - id: passengers
    title: Passengers on board
    type: count
    cues: [{ phrase: passengers, position: before, window: 3 }]
  - id: place
    title: Where the ${s.vehicle} stopped
    type: place
    kinds: [town]
    cues: [{ phrase: came to a stop near, position: after, window: 4 }, { phrase: halted near, position: after, window: 4 }]
  - id: delay
    title: How long the service was suspended
    type: duration
    cues: [suspended for, suspension of]
`;
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** One article of a story; `wrong` plants a contradiction in some facts. */
function article(r: Rand, s: Story, k: number): string {
  const wrong = r() < 0.2;
  const pubDay = s.date.d + int(r, 0, 3);
  const published = iso(s.date.y, s.date.m, Math.min(28, pubDay));
  const town = wrong && r() < 0.5 ? s.towns[(k % 3) + 1] : s.towns[0];
  const speed = wrong && r() < 0.5 ? s.speed + int(r, 10, 30) : s.speed + int(r, -1, 1);
  const built = wrong && r() < 0.4 ? s.built + int(r, 1, 5) : s.built;
  const passengers = wrong && r() < 0.5 ? s.passengers + int(r, 50, 200) : s.passengers;
  const wd = wrong && r() < 0.5 ? (s.date.wd + int(r, 1, 6)) % 7 : s.date.wd;
  const when = r() < 0.5 ? `on ${WEEKDAYS[wd]}` : `on ${s.date.d} ${MONTHS[s.date.m - 1]} ${s.date.y}`;
  const person = () => `${word(r, 2)} ${word(r, 3)}`;
  const fill = (t: string) =>
    t
      .replace(/\{P\}/g, () => pick(r, s.towns))
      .replace(/\{R\}/g, () => pick(r, ROLES))
      .replace(/\{N\}/g, () => person())
      .replace(/\{n\}/g, () => String(int(r, 3, 400)))
      .replace(/\{d\}/g, () => String(int(r, 2, 30)))
      .replace(/\{Y2\}/g, () => String(int(r, 1990, 2014)))
      .replace(/\{Y\}/g, () => String(int(r, 1950, 2014)))
      .replace(/\{W\}/g, () => pick(r, WEEKDAYS))
      .replace(/\{M\}/g, () => pick(r, MONTHS));
  const facts = [
    `The ${s.vehicle} ${s.name} was halted ${when} after a fault was reported on board.`,
    `It was travelling at ${r() < 0.5 ? 'about ' : ''}${speed} km/h when the crew noticed the problem, according to the operator.`,
    `The ${s.vehicle}, which was built in ${built}, had passed its last inspection without remarks.`,
    `There were ${passengers} passengers on board, none of whom were seriously hurt.`,
    `It came to a stop near ${town}, in ${s.region}, some distance from the nearest station.`,
    `The operator said the service was suspended for ${s.duration} days while the ${s.vehicle} was examined.`,
  ].filter(() => r() < 0.8);
  const sentences: string[] = [];
  let words = 0;
  const fillers = [...facts];
  while (words < 520) {
    const sentence = fillers.length && r() < 0.25 ? fillers.shift()! : fill(pick(r, FILLER));
    sentences.push(sentence);
    words += sentence.split(/\s+/).length;
  }
  sentences.push(...fillers);
  const paragraphs: string[] = [];
  for (let i = 0, step = int(r, 3, 5); i < sentences.length; i += step, step = int(r, 3, 5))
    paragraphs.push(sentences.slice(i, i + step).join(' '));
  const title = `${cap(s.vehicle)} ${s.name} halted near ${town}`;
  return `---\ntitle: "${title}"\nsource: ${pick(r, OUTLETS)}\npublished: ${published}\nstory: ${s.id}\n---\n${title}\n\n${paragraphs.join('\n\n')}\n`;
}

/** An article's text after the front matter that generate() writes: what readDoc is timed on. */
export const bodyOf = (text: string): string => text.slice(text.indexOf('\n---\n', 3) + 5);

export const ARTICLES_PER_STORY = 50;

/** Writes `size` articles under dir/corpus and one rule pack per story under dir/rules. */
export function generate(dir: string, size: number, seed = 20261122): { files: string[] } {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'corpus'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'rules'), { recursive: true });
  const r = prng(seed);
  const stories = Math.ceil(size / ARTICLES_PER_STORY);
  const files: string[] = [];
  for (let i = 0; i < stories; i++) {
    const s = makeStory(r, i);
    fs.writeFileSync(path.join(dir, 'rules', `${s.id}.yaml`), rulePack(s));
    const folder = path.join(dir, 'corpus', s.id);
    fs.mkdirSync(folder, { recursive: true });
    for (let k = 0; k < ARTICLES_PER_STORY && files.length < size; k++) {
      const f = path.join(folder, `${String(k).padStart(3, '0')}.md`);
      fs.writeFileSync(f, article(r, s, k));
      files.push(f);
    }
  }
  return { files };
}

if (require.main === module) {
  const [dir, size] = process.argv.slice(2);
  generate(dir, Number(size));
}
