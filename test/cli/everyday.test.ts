import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, lines, run } from './helpers.js';
import { parseArticle } from '../../src/index.js';
import { Progress } from '../../src/cli/progress.js';
import { renderMarkdown, looksLikeMarkdown } from '../../src/io/markdown.js';

// What a new user hit in the first hour, each with the behaviour now expected.
const tmp = mkdtempSync(join(tmpdir(), 'briefcli-everyday-'));
const article =
  'Harbour Wall to Be Rebuilt\n\nBy Ana Ruiz\n\nThe mayor of Lisbon said on Friday that the ' +
  'harbour wall would be rebuilt before the winter storms arrive.\n\nEngineers from the port ' +
  'authority said the old wall had been damaged by three storms in two years.\n';
const file = (name: string, content: string): string => {
  const p = join(tmp, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
};

describe('a name at the end of a line never turns the record into an error', () => {
  it.each([
    'Crowds gathered outside the Chinese embassy in Phnom Penh',
    'Staff at the French embassy in Paris',
    'He met the Indian ambassador in',
  ])('"%s"', (end) => {
    const r = parseArticle(`Queues at the Embassy\n\n${end}\n\n${end}`);
    expect(r.id).toBe('');
    for (const m of r.mentions) expect(`Queues at the Embassy\n\n${end}\n\n${end}`.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('--fields', () => {
  it('works with --format table, one column a field', async () => {
    const r = await cli(['parse', file('a.txt', article), '--fields', 'title,authors', '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ id\s+│ title\s+│ authors/);
    expect(r.stdout).toContain('Harbour Wall to Be Rebuilt');
  });
  it('is a usage error for a field that does not exist, naming the fields there are', async () => {
    const r = await cli(['parse', file('b.txt', article), '--fields', 'titel']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/unknown field 'titel'; fields: id, language, title,/)]);
    const nested = await cli(['parse', file('b.txt', article), '--fields', 'entities.officials.nom']);
    expect(nested.code).toBe(2);
    expect(nested.stderr).toMatch(/no 'nom' in entities\.officials.*name, title, role, organization/);
  });
  it('selects inside arrays', async () => {
    const text =
      'Talks in Lisbon\n\nPrime Minister Ana Costa of Portugal met President Joe Lane on Friday in Lisbon.\n';
    const r = await cli(['parse', file('c.txt', text), '--fields', 'entities.places.name,entities.places.country']);
    expect(JSON.parse(r.stdout).entities.places).toEqual([{ name: 'Lisbon', country: 'PT' }]);
  });
});

describe('dates given by the user', () => {
  it('refuses a day the calendar does not have', async () => {
    const r = await cli(['parse', file('d.txt', article), '--ref-date', '2026-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/2026-02-30 is not a date of the calendar/);
  });
  it('warns once for a JSONL refDate that is no date, naming the line', () => {
    const input = `${JSON.stringify({ id: 'x', text: article, refDate: 'yesterday' })}\n`;
    const r = run(['parse', '--input-format', 'jsonl', '--fields', 'refDate'], { input });
    expect(r.code).toBe(0);
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(/x: line 1: "refDate" "yesterday" is not a date as YYYY-MM-DD, ignored/),
    ]);
  });
});

describe('the progress line', () => {
  const stream = () => {
    const s = { isTTY: true, out: '', write: (t: string) => ((s.out += t), true) };
    return s as unknown as NodeJS.WriteStream & { out: string };
  };
  it('is cleared before a message, and counts failures', () => {
    const s = stream();
    const p = new Progress(s, true);
    p.tick();
    p.clear();
    expect(s.out.endsWith('\r\u001b[K')).toBe(true);
    p.tick(false);
    p.done();
    expect(s.out).toMatch(/2 done, 1 failed/);
  });
});

describe('tables', () => {
  it('fill the width they are given and show the end of a long path', () => {
    const deep = file('deeply/nested/folder/of/stories/2019/11/harbour.txt', article);
    const r = run(['parse', deep, '--format', 'table'], { env: { COLUMNS: '150' } });
    const rows = lines(r.stdout);
    expect(Math.max(...rows.map((l) => [...l].length))).toBe(150);
    expect(r.stdout).toContain('…');
    expect(r.stdout).toMatch(/harbour\.txt/);
  });
});

describe('--explain', () => {
  const text =
    'Harbour Wall\n\n\nShare this article\n\nThe mayor of Lisbon said on Friday that the harbour wall would be rebuilt before the winter storms arrive.\n';
  it('numbers lines as the file does, blank lines counted', async () => {
    const r = await cli(['parse', file('e.txt', text), '--explain', '--format', 'ndjson']);
    const rows = lines(r.stdout).map((l) => JSON.parse(l));
    expect(rows.map((x) => x.line)).toEqual([1, 4, 6]);
    expect(rows[1]).toMatchObject({ text: 'Share this article', verdict: 'boilerplate', rule: 'share-widget' });
    for (const x of rows) expect(Object.keys(x)).toEqual(expect.arrayContaining(['line', 'text', 'verdict', 'rule']));
  });
  it('prints no separator between rows', async () => {
    const r = await cli(['parse', file('e.txt', text), '--explain']);
    expect(r.stdout.match(/├/g)?.length ?? 0).toBeLessThanOrEqual(2);
  });
});

describe('folders', () => {
  it('visit each real file once, through symlinks and cycles', async () => {
    const dir = join(tmp, 'linked');
    file('linked/real/story.txt', article);
    symlinkSync(join(dir, 'real'), join(dir, 'alias'));
    symlinkSync(dir, join(dir, 'real', 'loop'));
    const r = await cli(['parse', dir, '--fields', 'title']);
    expect(lines(r.stdout)).toHaveLength(1);
    expect(r.code).toBe(0);
  });
  it('say so when a folder holds no inputs, and fail', async () => {
    mkdirSync(join(tmp, 'empty'));
    const r = await cli(['parse', join(tmp, 'empty')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty: no inputs in this folder/);
  });
  it('read text-like files by default, not our own JSON, and --ext chooses', async () => {
    file('mixed/story.txt', article);
    file('mixed/notes', article);
    file('mixed/story.json', '{"id":"story.txt","title":"x"}');
    const byDefault = await cli(['parse', join(tmp, 'mixed'), '--fields', 'title']);
    expect(lines(byDefault.stdout).map((l) => JSON.parse(l).id.replace(/^.*\//, ''))).toEqual(['notes', 'story.txt']);
    const chosen = await cli(['parse', join(tmp, 'mixed'), '--ext', 'json', '--fields', 'title']);
    expect(lines(chosen.stdout)).toHaveLength(1);
  });
});

describe('--out-dir', () => {
  it('mirrors from the input’s own root, even for an absolute path', async () => {
    const out = join(tmp, 'out-abs');
    const r = await cli(['parse', file('abs/story.txt', article), '--out-dir', out]);
    expect(r.code).toBe(0);
    expect(existsSync(join(out, 'story.json'))).toBe(true);
  });
});

describe('sizes and budgets', () => {
  it('accepts sizes with suffixes', async () => {
    const r = await cli(['parse', file('f.txt', article), '--max-bytes', '60MB', '--fields', 'title']);
    expect(r.code).toBe(0);
    expect((await cli(['parse', file('f.txt', article), '--max-bytes', '1k'])).code).toBe(0);
    expect((await cli(['parse', file('f.txt', article), '--max-bytes', '100b'])).stderr).toMatch(
      /over the limit of 100/,
    );
    expect((await cli(['parse', file('f.txt', article), '--max-bytes', 'lots'])).code).toBe(2);
  });
  it('gives a single file a time budget', async () => {
    const r = await cli(['parse', file('g.txt', article.repeat(300)), '--doc-timeout', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/took longer than 1 ms/);
  });
});

describe('Markdown', () => {
  const md =
    '# Harbour Wall to Be Rebuilt\n\n*By Ana Ruiz | 4 May 2023*\n\n[Home](/) [News](/news)\n\nThe ' +
    'mayor of **Lisbon** said on Friday that the [harbour wall](https://example.org/wall) would be ' +
    'rebuilt before the winter storms arrive.\n\n## What comes next\n\nEngineers said the old wall ' +
    'had been damaged by three storms in two years.\n';
  it('is recognised, and its syntax blanked without moving an offset', () => {
    expect(looksLikeMarkdown(md)).toBe(true);
    expect(looksLikeMarkdown(article)).toBe(false);
    const view = renderMarkdown(md);
    expect(view).toHaveLength(md.length);
    expect([...view].map((c, i) => (c === '\n') === (md[i] === '\n')).every(Boolean)).toBe(true);
  });
  it('reads headings, bylines and links as a reader would', async () => {
    const r = JSON.parse((await cli(['parse', file('h.md', md)])).stdout);
    expect(r.title).toBe('Harbour Wall to Be Rebuilt');
    expect(r.authors).toEqual(['Ana Ruiz']);
    expect(r.published).toBe('2023-05-04');
    expect(r.body).toContain('The mayor of Lisbon said on Friday that the harbour wall would be rebuilt');
    expect(r.body).not.toMatch(/[#*[\]]|https?:/);
    for (const m of r.mentions) expect(md.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('the seed and the docs', () => {
  it('reads "China Daily Brief Editorial" as a desk: no author', () => {
    const seed = readFileSync(new URL('../../seeds/000_2f1daade97a33bef.txt', import.meta.url), 'utf8');
    const r = parseArticle(seed);
    expect(r.byline).toBe('China Daily Brief Editorial');
    expect(r.authors).toEqual([]);
  });
  it('documents exit status 70', async () => {
    expect((await cli(['parse', '--help'])).stdout).toMatch(/70 internal error/);
  });
});
