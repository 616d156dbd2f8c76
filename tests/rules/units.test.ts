/** Units a rule file adds, including scales whose zero is not the base unit's. */
import { runCli, writeTree } from '../helpers';
import type { Report } from '../../src/model/report';

test('a rule-defined unit with an offset converts like the built-in temperatures', () => {
  // Réaumur: 0 °Ré = 0 °C and 80 °Ré = 100 °C, so K = Ré × 1.25 + 273.15; 20 °Ré = 25 °C.
  const dir = writeTree({
    'rules/heat.yaml': [
      'story: heatwave',
      'units:',
      '  - { id: Ré, dimension: temperature, factor: 1.25, offset: 273.15, names: [degrees Réaumur] }',
      'facts:',
      '  - id: peak',
      '    type: quantity',
      '    unit: °C',
      '    tolerance: { absolute: 0.5 }',
      '    cues: [peaked at]',
      '',
    ].join('\n'),
    'corpus/a.md': 'The temperature peaked at 20 degrees Réaumur on the quay.\n',
    'corpus/b.md': 'The temperature peaked at 25 °C in the afternoon.\n',
    'corpus/c.md': 'The temperature peaked at 77 °F downtown.\n',
  });
  const r = runCli(['check', '--format', 'json'], { cwd: dir });
  expect(r.stderr).toBe('');
  const f = (JSON.parse(r.stdout) as Report).findings.find((x) => x.fact === 'peak')!;
  expect(f.status).toBe('agreement'); // 20 °Ré = 25 °C = 77 °F
  expect(f.claims.find((c) => c.article === 'a.md')!.display).toBe('25 °C (20 degrees Réaumur)');
});
