/** The evidence sentence cut around its value, shared by the text, HTML and Markdown reports. */
import type { ReportClaim } from '../model/report';

export interface Evidence {
  before: string;
  value: string;
  after: string;
  /** false when the value could not be found in the sentence (then `value` is empty). */
  found: boolean;
}

export function splitEvidence(c: Pick<ReportClaim, 'text' | 'raw' | 'textOffset'>): Evidence {
  const raw = c.raw.replace(/\s+/g, ' ');
  let at = -1;
  if (typeof c.textOffset === 'number' && c.text.startsWith(raw, c.textOffset)) at = c.textOffset;
  else if (raw) at = c.text.indexOf(raw);
  if (at < 0 && raw) at = c.text.toLowerCase().indexOf(raw.toLowerCase());
  if (at < 0) return { before: c.text, value: '', after: '', found: false };
  return {
    before: c.text.slice(0, at),
    value: c.text.slice(at, at + raw.length),
    after: c.text.slice(at + raw.length),
    found: true,
  };
}
