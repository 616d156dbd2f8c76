/**
 * A fact's `hedges` (and the pack's `defaults.hedges`) set the band of "about" and "nearly"
 * for durations as for every other number: "about ten days" at about: 0.5 is 5–15 days.
 */
import { runCli, writeTree } from '../helpers';
import type { Report } from '../../src/model/report';

const RULES = `
factlint: 1
story: dock-strike
facts:
  - id: strike-length
    type: duration
    unit: days
    hedges: { about: 0.5, nearly: 0.5 }
    cues: [strike lasted]
  - id: talks-length
    type: duration
    unit: days
    cues: [talks lasted]
`;

function check(files: Record<string, string>): Report {
  const dir = writeTree({ 'rules/strike.yaml': RULES, ...files });
  const r = runCli(['check', `${dir}/corpus`, '--rules', `${dir}/rules`, '--format', 'json', '--fail-on', 'never']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

const statusOf = (report: Report, fact: string) => report.findings.find((f) => f.fact === fact)?.status;

describe('hedge bands of duration facts', () => {
  test('about: the fact band (±50%) lets "about ten days" agree with 14 days; the default (±10%) does not', () => {
    const report = check({
      'corpus/a.md': 'The strike lasted about ten days. The talks lasted about ten days.\n',
      'corpus/b.md': 'The strike lasted fourteen days. The talks lasted fourteen days.\n',
    });
    expect(statusOf(report, 'strike-length')).toBe('agreement');
    expect(statusOf(report, 'talks-length')).toBe('contradiction');
  });

  test('nearly: the fact band (50% below) lets "nearly ten days" agree with six days; the default does not', () => {
    const report = check({
      'corpus/a.md': 'The strike lasted nearly ten days. The talks lasted nearly ten days.\n',
      'corpus/b.md': 'The strike lasted six days. The talks lasted six days.\n',
    });
    expect(statusOf(report, 'strike-length')).toBe('agreement');
    expect(statusOf(report, 'talks-length')).toBe('contradiction');
  });

  test('defaults.hedges of the pack applies to its duration facts', () => {
    const dir = writeTree({
      'rules/strike.yaml': RULES.replace('facts:', 'defaults: { hedges: { about: 0.5 } }\nfacts:'),
      'corpus/a.md': 'The talks lasted about ten days.\n',
      'corpus/b.md': 'The talks lasted fourteen days.\n',
    });
    const r = runCli(['check', `${dir}/corpus`, '--rules', `${dir}/rules`, '--format', 'json', '--fail-on', 'never']);
    expect(r.code).toBe(0);
    expect(statusOf(JSON.parse(r.stdout) as Report, 'talks-length')).toBe('agreement');
  });
});
