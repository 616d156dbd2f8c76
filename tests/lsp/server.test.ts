/** The language server, driven by a real LSP client over stdio, as an editor drives it. */
import fs from 'node:fs';
import path from 'node:path';
import { CLI, writeTree } from '../helpers';
import { TestClient, uriOf } from '../../bench/lsp-client';

const RULES = `story: s
facts:
  - id: met
    title: Year they last met
    type: year
    cues: [last met]
    docs: https://example.org/rules#met
`;

function project(): string {
  return writeTree({
    '.factlint.yaml': 'factlint: 1\nrules: [rules]\ncorpus: [corpus]\n',
    'rules/p.yaml': RULES,
    'corpus/a.md': '---\nsource: Alpha\n---\nThe two leaders last met in 2019.\n',
    'corpus/b.md': '---\nsource: Beta\n---\nIn 2019, as it happens, the two leaders last met.\n',
    'drafts/.keep': '',
  });
}

describe('factlint lsp --stdio', () => {
  let client: TestClient;
  afterEach(async () => client?.stop());

  test('a wrong year gets a diagnostic at its range with the sources as related information; fixing it clears it', async () => {
    const dir = project();
    client = new TestClient(CLI, dir);
    const init = (await client.initialize(dir)) as { capabilities: Record<string, unknown> };
    expect(init.capabilities.hoverProvider).toBe(true);
    expect(init.capabilities.codeActionProvider).toBeDefined();

    const draft = path.join(dir, 'drafts/story.md');
    const uri = uriOf(draft);
    const first = client.diagnostics((p) => p.uri === uri);
    await client.open(draft, '# Draft\n\nThe two leaders last met in 2017, in Vladivostok.\n');
    const { diagnostics } = await first;
    expect(diagnostics).toHaveLength(1);
    const d = diagnostics[0];
    // "2017" is on line 3 (0-based 2), columns 28–32.
    expect(d.range).toEqual({ start: { line: 2, character: 28 }, end: { line: 2, character: 32 } });
    expect(d.severity).toBe(1); // Error: the fact's severity
    expect(d.code).toBe('s/met');
    expect(d.codeDescription).toEqual({ href: 'https://example.org/rules#met' });
    expect(d.source).toBe('factlint');
    expect(d.message).toBe(
      'Year they last met: drafts/story.md says 2017; the coverage says 2019 (Alpha, a.md; Beta, b.md)',
    );
    const related = [...d.relatedInformation!].sort((x, y) => (x.location.uri < y.location.uri ? -1 : 1));
    expect(related.map((r) => r.location.uri)).toEqual([
      uriOf(path.join(dir, 'corpus/a.md')),
      uriOf(path.join(dir, 'corpus/b.md')),
    ]);
    expect(related[0].location.range).toEqual({ start: { line: 3, character: 28 }, end: { line: 3, character: 32 } });
    expect(related[1].location.range).toEqual({ start: { line: 3, character: 3 }, end: { line: 3, character: 7 } });
    expect(related[0].message).toBe('Alpha: 2019 (“2019”)');

    // Hover on the year: the fact's values across the coverage.
    const hover = await client.connection.sendRequest<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 2, character: 30 },
    });
    expect(hover.contents.value).toContain('**Year they last met** `s/met`: contradicts the coverage');
    expect(hover.contents.value).toContain('- **2019**: Alpha (a.md), Beta (b.md)');
    expect(hover.contents.value).toContain('- **2017**: your draft');

    // Code actions: a suppression comment above the line, and opening each source's evidence.
    type Action = {
      title: string;
      edit?: { changes: Record<string, { newText: string; range: unknown }[]> };
      command?: { command: string; arguments: unknown[] };
    };
    const actions = await client.connection.sendRequest<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const suppress = actions.find((a) => a.edit)!;
    expect(suppress.edit!.changes[uri]).toEqual([
      {
        range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
        newText: '<!-- factlint-disable-next-line s/met -- REASON: why this claim stands -->\n',
      },
    ]);
    const open = actions.filter((a) => a.command);
    expect(open).toHaveLength(2);
    expect(open[0].command!.command).toBe('factlint.openEvidence');
    await client.connection.sendRequest('workspace/executeCommand', {
      command: 'factlint.openEvidence',
      arguments: open[0].command!.arguments,
    });

    // The suppression, applied, silences the claim (the engine reads it like the CLI does).
    const suppressed = client.diagnostics((p) => p.uri === uri && p.version === 2);
    await client.change(
      draft,
      '# Draft\n\n<!-- factlint-disable-next-line s/met -- checked -->\nThe two leaders last met in 2017.\n',
      2,
    );
    expect((await suppressed).diagnostics).toEqual([]);

    // Edited to agree: the diagnostics clear.
    const cleared = client.diagnostics((p) => p.uri === uri && p.version === 3);
    await client.change(draft, '# Draft\n\nThe two leaders last met in 2019, in Vladivostok.\n', 3);
    expect((await cleared).diagnostics).toEqual([]);

    // The coverage was extracted once and cached: a second server reads it from the cache.
    expect(client.stderr).toContain('factlint: coverage of 2 articles (extracted 2, cached 0');
    const second = new TestClient(CLI, dir);
    await second.initialize(dir);
    const fromCache = second.diagnostics((p) => p.uri === uri);
    await second.open(draft, '# Draft\n\nThe two leaders last met in 2017.\n');
    expect((await fromCache).diagnostics).toHaveLength(1);
    expect(second.stderr).toContain('factlint: coverage of 2 articles (extracted 0, cached 2, rules cached 1)');
    await second.stop();

    // Back to the wrong year: the diagnostic is back, so the check really ran.
    const again = client.diagnostics((p) => p.uri === uri && p.version === 4);
    await client.change(draft, '# Draft\n\nThe two leaders last met in 2017, in Vladivostok.\n', 4);
    expect((await again).diagnostics).toHaveLength(1);
  });

  test('a broken rule file yields one clear diagnostic on it, no crash; fixing it reloads the engine', async () => {
    const dir = project();
    client = new TestClient(CLI, dir);
    await client.initialize(dir);
    const draft = path.join(dir, 'drafts/story.md');
    const uri = uriOf(draft);
    const first = client.diagnostics((p) => p.uri === uri && p.diagnostics.length === 1);
    await client.open(draft, 'The two leaders last met in 2017.\n');
    await first;

    const rules = path.join(dir, 'rules/p.yaml');
    const broken = client.diagnostics((p) => p.uri === uriOf(rules) && p.diagnostics.length > 0);
    fs.writeFileSync(
      rules,
      RULES.replace('    cues: [last met]', '    cues: [last met]\n    tolerence: { absolute: 1 }'),
    );
    const { diagnostics } = await broken;
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      severity: 1,
      code: 'unknown-key',
      source: 'factlint',
      range: { start: { line: 6, character: 4 } },
    });
    expect(diagnostics[0].message).toBe('unknown key "tolerence" in facts.0 (hint: did you mean "tolerance"?)');

    // Fixed (the year fact now tolerates a year either way): the rule file clears, and the
    // draft is re-checked by the new rules.
    const ruleCleared = client.diagnostics((p) => p.uri === uriOf(rules) && p.diagnostics.length === 0);
    const rechecked = client.diagnostics((p) => p.uri === uri && p.diagnostics.length === 0);
    fs.writeFileSync(
      rules,
      RULES.replace('    cues: [last met]', '    cues: [last met]\n    tolerance: { absolute: 800 }'),
    );
    await ruleCleared;
    await rechecked;
    expect(client.child.exitCode).toBeNull(); // still serving
  });
});
