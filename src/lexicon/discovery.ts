/**
 * General English that `factlint suggest` reads when it proposes facts from coverage: words
 * that say the same thing about an event (so two outlets' wordings meet), words too general
 * to be a fact's cue, and the prepositions that introduce a place. No story's words here.
 */
import { REPORTING_VERBS as REPORTING } from './reporting';

/**
 * Words (lemmas; a phrasal verb as its words) that name the same kind of event or relation.
 * A fact proposed from "left on Sunday" in one article and "departed on Thursday" in another
 * is one fact because both words are in one class.
 */
export const WORD_CLASSES: Record<string, string[]> = {
  depart: ['leave', 'depart', 'departure', 'set off', 'embark', 'set out', 'sail', 'take off'],
  arrive: ['arrive', 'arrival', 'reach', 'land', 'cross'],
  meet: ['meet', 'meeting', 'encounter', 'summit', 'talk', 'visit'],
  previous: ['previous', 'last', 'prior', 'earlier', 'early', 'former', 'first'],
  kill: ['kill', 'die', 'dead', 'death', 'fatality', 'toll', 'victim', 'perish', 'body'],
  injure: ['injure', 'injured', 'injury', 'wound', 'wounded', 'hurt', 'casualty'],
  rescue: ['rescue', 'save', 'evacuate', 'survivor', 'survive'],
  arrest: ['arrest', 'detain', 'custody', 'capture', 'apprehend'],
  sentence: ['sentence', 'jail', 'prison', 'imprison', 'convict'],
  speed: ['speed', 'travel', 'move', 'run', 'sail', 'fly', 'drive'],
  travel: ['journey', 'trip', 'travel', 'go', 'head', 'fly', 'sail', 'drive', 'bound', 'voyage', 'route'],
  magnitude: ['magnitude', 'strength', 'measure', 'register'],
  attack: [
    'attack',
    'shoot',
    'shooting',
    'gunfire',
    'stab',
    'stabbing',
    'assault',
    'ambush',
    'rampage',
    'massacre',
    'violence',
  ],
  strike: ['strike', 'hit', 'hit', 'jolt', 'shake', 'rock', 'quake', 'earthquake'],
  age: ['age', 'aged', 'old', 'year-old'],
  cost: ['cost', 'price', 'worth', 'value', 'pay', 'fee', 'fine', 'sell', 'buy', 'deal'],
  win: ['win', 'victory', 'beat', 'defeat', 'score', 'champion', 'title'],
  elect: ['elect', 'election', 'vote', 'poll', 'ballot'],
  announce: ['announce', 'unveil', 'launch', 'release', 'introduce'],
  fire: ['fire', 'dismiss', 'sack', 'resign', 'quit', 'step down', 'lay off', 'layoff', 'cut'],
  open: ['open', 'opening', 'inaugurate', 'start', 'begin'],
  close: ['close', 'closure', 'shut', 'end', 'finish'],
};

/**
 * Lemmas too general to tell one fact from another: auxiliaries, reporting verbs, light verbs
 * and time words that stand next to almost any value.
 */
export const GENERAL_LEMMAS = new Set([
  'be',
  'have',
  'do',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'say',
  'tell',
  'report',
  'accord',
  'add',
  'state',
  'claim',
  'confirm',
  'note',
  'believe',
  'think',
  'know',
  'make',
  'get',
  'take',
  'give',
  'come',
  'put',
  'see',
  'show',
  'include',
  'become',
  'seem',
  'use',
  'call',
  'want',
  'need',
  'expect',
  'time',
  'year',
  'month',
  'week',
  'day',
  'today',
  'yesterday',
  'tomorrow',
  'morning',
  'afternoon',
  'evening',
  'night',
  'hour',
  'minute',
  'number',
  'total',
  'least',
  'more',
  'most',
  'about',
  'around',
  'nearly',
  'almost',
  'than',
  'other',
  'many',
  'much',
  'some',
  'such',
  'same',
  'also',
  'just',
  'only',
  'even',
  'still',
  'new',
  'thing',
  'newspaper',
  'paper',
  'television',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'statement',
  'interview',
  'press',
  'way',
  'part',
  'percent',
  'per',
  'cent',
  'mr',
  'mrs',
  'ms',
  'dr',
  'news',
  'story',
  'article',
  'source',
  'official',
  'medium',
  'media',
]);

/** Prepositions after which a proper noun is likely a place ("in Harlby", "to Port X"). */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'to', 'towards', 'toward', 'into', 'from', 'outside']);

/** Words of page furniture: a sentence made of these and a value is no fact ("Updated 3 March"). */
export const FURNITURE_WORDS = new Set([
  'updated',
  'update',
  'posted',
  'published',
  'copyright',
  'photo',
  'photograph',
  'image',
  'video',
  'caption',
  'reporting',
  'editing',
  'writing',
  'contributed',
  'share',
  'comments',
  'comment',
  'subscribe',
  'advertisement',
  'rights',
  'reserved',
  'by',
  'last',
  'modified',
  'am',
  'pm',
  'gmt',
  'utc',
  'edt',
  'est',
  'bst',
]);

/** Auxiliaries of the present perfect: "has set off" with no date is an event as of publication. */
export const PERFECT_AUXILIARIES = new Set(['has', 'have', "'s", "'ve"]);

/** Last words of organisations' names: "the Carnegie Endowment" follows "from" but is no place. */
export const ORGANISATION_WORDS = new Set([
  'endowment',
  'institute',
  'institution',
  'university',
  'college',
  'council',
  'ministry',
  'department',
  'agency',
  'party',
  'committee',
  'association',
  'foundation',
  'company',
  'corporation',
  'corp',
  'inc',
  'ltd',
  'group',
  'bank',
  'fund',
  'times',
  'news',
  'post',
  'press',
  'journal',
  'telegraph',
  'guardian',
  'herald',
  'tribune',
  'service',
  'office',
  'court',
  'police',
  'army',
  'navy',
  'force',
  'forces',
  'union',
  'organisation',
  'organization',
  'commission',
  'board',
  'center',
  'centre',
  'network',
  'channel',
  'tv',
  'radio',
]);

/**
 * Verbs of saying for proposed facts: the reporting verbs, and announcing and declaring too
 * (kept out of REPORTING_VERBS, where an announcement is often the news itself, but a date
 * right after "announced on Thursday" dates a statement, never a fact worth proposing).
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([...REPORTING, 'announce', 'declare']);

/** The verbs of saying a proposed date fact rejects values right after ("said on Thursday"). */
export const STATEMENT_VERBS = ['say', 'tell', 'announce'];

/** Words of direction before a region ("in northern Gaza"): the place before is inside it. */
export const DIRECTION_WORDS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
]);

/** Offsets from an event ("on Wednesday, a day after the landslide"): the date is not the event's. */
export const OFFSET_PHRASES = ['day after', 'days after', 'day before', 'days before', 'week after', 'weeks after'];

/**
 * Dates told relative to the telling, loosely ("last week", "six months ago"): another
 * event's time more often than the event's day, and too coarse to set against a day.
 */
export const LOOSE_DATE_PHRASES = ['last week', 'this week', 'next week', 'earlier this week', 'ago'];

/** Words that introduce a year or a month ("in 1982", "since 2003"), not a day. */
export const COARSE_DATE_WORDS = ['in', 'since', 'until', 'from'];

/**
 * Nouns that say who a named person is in a story ("the suspect, Ann Lee"), beside the
 * people nouns of people.ts and nouns of a person's trade ("-er", "-ist": "manager",
 * "pianist"): a name fact asks who the suspect or the victim is.
 */
export const ROLE_NOUNS = new Set([
  'suspect',
  'gunman',
  'shooter',
  'attacker',
  'killer',
  'accused',
  'defendant',
  'victim',
  'hostage',
  'witness',
  'actress',
  'actor',
  'star',
  'coach',
  'pastor',
  'priest',
  'chief',
  'captain',
  'judge',
  'prosecutor',
  'lawyer',
  'attorney',
  'candidate',
  'champion',
  'challenger',
  'boxer',
  'pilot',
  'driver',
]);

/** Endings of nouns of a person's trade or role ("manager", "pianist", "chairman", "employee"). */
export const ROLE_ENDINGS = /(?:er|or|ist|ian|man|woman|ess|ee)$/;

/** First-person pronouns: a sentence with one is someone speaking. */
export const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours']);
