/** A claim: a mention bound by a rule's cue to a fact, with its evidence. NDJSON-serializable. */
import type { Constraint, Hedge } from './';

export interface Claim {
  story: string;
  fact: string;
  article: string; // article id
  path: string;
  start: number; // body offsets of the value
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  raw: string; // as written
  value: string; // normalized, in the fact's terms (TIMEX3, "59 km/h", place id)
  display: string; // human form
  text: string; // the evidence sentence, on one line
  textOffset: number; // where `raw` (whitespace folded) starts inside `text`
  cue: string | null; // the cue that bound it
  constraint: Constraint; // in the fact's canonical unit (days for dates and years)
  hedge?: Hedge;
  /** place: 'near' when the text names the place as a reference point ("near Elmford", "5 km north of Elmford"). */
  relation?: 'near';
  /** Update wording (running facts): later ("rose to 14"), down ("revised down to 12"), earlier ("initially 9"). */
  update?: 'later' | 'down' | 'earlier';
  /** The earlier figure the same words give ("rose from 9 to 14": "9"), as written. */
  earlier?: string;
  /** The part of the event the claim is about (a part id of the fact), from its clause, sentence or section heading. */
  part?: string;
  /** The value is the article's publication date, taken for an undated cue ("has set off"). */
  fromPublished?: true;
}
