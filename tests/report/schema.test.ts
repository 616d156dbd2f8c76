import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { formatJson } from '../../src/report/json';
import type { Report } from '../../src/model/report';

const root = join(__dirname, '../..');
const load = (name: string): Report =>
  JSON.parse(readFileSync(join(root, 'tests/fixtures/reports', `${name}.json`), 'utf8')) as Report;

describe('schema/report.schema.json', () => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'schema/report.schema.json'), 'utf8')));

  test.each(['story', 'empty', 'hostile'])('accepts the %s fixture, as the json formatter writes it', (name) => {
    const ok = validate(JSON.parse(formatJson(load(name), { color: false, outDir: null })));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test('rejects a report without findings', () => {
    const { findings: _gone, ...rest } = load('story');
    expect(validate(rest)).toBe(false);
    expect(validate.errors?.some((e) => e.keyword === 'required' && e.params.missingProperty === 'findings')).toBe(
      true,
    );
  });

  test('rejects unknown statuses and malformed ranges, allows added fields', () => {
    const badStatus = load('story') as unknown as { findings: { status: string }[] };
    badStatus.findings[0].status = 'maybe';
    expect(validate(badStatus)).toBe(false);

    const badRange = load('story') as unknown as { findings: { claims: { range: unknown }[] }[] };
    badRange.findings[0].claims[0].range = [1];
    expect(validate(badRange)).toBe(false);

    const extended = { ...load('story'), generatedBy: 'a future field' };
    expect(validate(extended)).toBe(true);
  });
});
