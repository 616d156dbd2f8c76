/**
 * Reporting verbs, as lemmas: a date attached to one of these ("police said on Friday", "the
 * ministry described it on Monday") dates the telling, not the event, unless the fact is
 * about the telling (`reporting: true`, an announcement's day) or the verb is its cue.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'report',
  'describe',
  'confirm',
  'add',
  'state',
  'claim',
  'insist',
  'note',
  'explain',
  'write',
  'comment',
  'allege',
  'testify',
  'deny',
  'warn',
  'acknowledge',
  'admit',
  'brief',
]);
// "announce", "reveal", "declare" are left out: an announcement is often the news itself
// ("the sentence was announced Saturday", "Norvex announced the deal today").
