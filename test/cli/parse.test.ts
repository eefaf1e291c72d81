import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, lines, root, run } from './helpers.js';

const seed = 'seeds/000_2f1daade97a33bef.txt';
const tmp = mkdtempSync(join(tmpdir(), 'briefcli-cli-'));
const article =
  'A Short Test Headline\n\nThe mayor of Lisbon said on Friday that the city would plant ten thousand trees before the end of the year.\n';

describe('briefcli parse', () => {
  it('prints one compact JSON object for one file when piped', async () => {
    const r = await cli(['parse', seed, '--ref-date', '2026-11-28']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
    const rec = JSON.parse(r.stdout);
    expect(rec.id).toBe(seed);
    expect(rec.title).toMatch(/^Beijing Says/);
    expect(rec.entities.dates).toContainEqual({
      text: 'January 19',
      value: '2026-01-19',
      type: 'DATE',
      yearInferred: true,
    });
    expect(r.stderr).toBe('');
  });

  it('pretty-prints with --pretty', async () => {
    const r = await cli(['parse', seed, '--pretty', '--fields', 'title']);
    expect(r.stdout).toBe(
      `{\n  "id": "${seed}",\n  "title": "Beijing Says China-Cambodia Crackdown on Cross\u2011Border Telecom Fraud Is Showing Results"\n}\n`,
    );
  });

  it('writes NDJSON for several inputs and walks directories in sorted order', async () => {
    const dir = join(tmp, 'tree');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'b.txt'), article);
    writeFileSync(join(dir, 'sub', 'a.txt'), article);
    writeFileSync(join(dir, 'a.txt'), article);
    writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    writeFileSync(join(dir, 'blob'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    const r = await cli(['parse', dir, '--fields', 'title']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((l) => JSON.parse(l).id)).toEqual([
      join(dir, 'a.txt'),
      join(dir, 'b.txt'),
      join(dir, 'sub', 'a.txt'),
    ]);
    // An image is not read at all; a file without an extension is, and is found to be binary.
    expect(r.stderr).not.toMatch(/logo\.png/);
    expect(r.stderr).toMatch(/blob: skipped \(binary/);
  });

  it('reads standard input with -', () => {
    const r = run(['parse', '-', '--fields', 'title,entities.places'], { input: article });
    expect(JSON.parse(r.stdout)).toEqual({
      id: '-',
      title: 'A Short Test Headline',
      entities: { places: [{ name: 'Lisbon', kind: 'city', country: 'PT', mentions: 1 }] },
    });
  });

  it('keeps going after a missing file, names it on stderr and exits 1', async () => {
    const good = join(tmp, 'good.txt');
    writeFileSync(good, article);
    const r = await cli(['parse', join(tmp, 'missing.txt'), good, '--fields', 'title']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([`briefcli: ${join(tmp, 'missing.txt')}: no such file or directory`]);
    expect(lines(r.stdout).map((l) => JSON.parse(l))).toEqual([
      { id: join(tmp, 'missing.txt'), error: 'no such file or directory' },
      { id: good, title: 'A Short Test Headline' },
    ]);
  });

  it('exits 2 on a usage error', async () => {
    expect((await cli(['parse', seed, '--format', 'xml'])).code).toBe(2);
    expect((await cli(['parse', seed, '--ref-date', 'yesterday'])).code).toBe(2);
    const r = await cli(['parse', '--bogus']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(["briefcli: unknown option '--bogus'"]);
  });

  it('reads JSONL, keeps ids and line alignment, and reports bad lines as error records', () => {
    const input = [
      JSON.stringify({
        id: 'a',
        text: 'Talks in Paris\n\nThe two sides met in Paris on Friday and agreed to meet again next week.',
        refDate: '1998-08-07',
      }),
      '{not json',
      JSON.stringify({ id: 'c' }),
      '',
      JSON.stringify({ id: 'e', text: 42 }),
      JSON.stringify({ id: 'a', text: 'Again' }),
    ].join('\n');
    const r = run(['parse', '--input-format', 'jsonl', '--format', 'ndjson', '--fields', 'entities.dates'], { input });
    expect(r.code).toBe(1);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'line:2', 'c', 'line:4', 'e', 'a']);
    expect(out[0].entities.dates).toEqual([
      { text: 'Friday', value: '1998-08-07', type: 'DATE', yearInferred: true },
      { text: 'next week', value: '1998-W33', type: 'DATE', yearInferred: false },
    ]);
    expect(out[1].error).toMatch(/^line 2: malformed JSON/);
    expect(out[2].error).toBe('line 3: no "text" or "html" field');
    expect(out[3].error).toBe('line 4: blank line');
    expect(out[4].error).toBe('line 5: "text" is not a string');
    expect(r.stderr).toMatch(/line 6: duplicate id "a"/);
  });

  it('prints a table with one row per article', async () => {
    const r = await cli(['parse', 'seeds/', '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ id\s+│ title/);
    expect(r.stdout).toContain('CN KH');
    expect(r.stdout).not.toContain('\u001b[');
    for (const l of lines(r.stdout)) expect(l.length).toBeLessThanOrEqual(100);
  });

  it('explains each line with its verdict and rule', async () => {
    const r = await cli(['parse', seed, '--explain']);
    expect(r.stdout).toMatch(/share-widget/);
    expect(r.stdout).toMatch(/takeaway/);
    expect(r.stdout).toMatch(/caption/);
  });
});

describe('the bundled binary', () => {
  it('runs from the bundle with its code cache and writes what the compiled modules write', async () => {
    expect(existsSync(join(root, 'dist/bundle/cli.cjs'))).toBe(true);
    expect(existsSync(join(root, 'dist/bundle/cli.cache'))).toBe(true);
    const bundled = run(['parse', seed, '--ref-date', '2026-11-28']);
    const modules = await cli(['parse', join(root, seed), '--ref-date', '2026-11-28']);
    expect(bundled.code).toBe(0);
    expect(JSON.parse(bundled.stdout)).toEqual({ ...JSON.parse(modules.stdout), id: seed });
  });
});

describe('briefcli schema, --help, --version', () => {
  it('prints the JSON Schema', async () => {
    const r = await cli(['schema']);
    expect(JSON.parse(r.stdout).title).toBe('briefcli ArticleRecord');
  });
  it('has examples in every help and a version', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/Examples:\n\s+briefcli parse/);
    expect((await cli(['parse', '--help'])).stdout).toMatch(/Examples:\n\s+briefcli parse/);
    expect((await cli(['stats', '--help'])).stdout).toMatch(/Examples:\n\s+briefcli stats/);
    expect((await cli(['schema', '--help'])).stdout).toMatch(/Example:/);
    expect((await cli(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('time zones', () => {
  it('gives the same records under distant TZ settings', () => {
    const args = ['parse', 'seeds/', 'test/golden/fixtures/', '--ref-date', '2026-11-28', '--jobs', '1'];
    const east = run(args, { env: { TZ: 'Pacific/Kiritimati' } });
    const west = run(args, { env: { TZ: 'Pacific/Pago_Pago' } });
    expect(east.code).toBe(0);
    expect(lines(east.stdout)).toHaveLength(6);
    expect(east.stdout).toBe(west.stdout);
  });
});

describe('as a line-oriented filter (GNU parallel --pipe, Spark RDD.pipe, Hadoop Streaming)', () => {
  it('split input, reassembled output: the same as one process', () => {
    const docs = [
      'seeds/000_2f1daade97a33bef.txt',
      ...['wire-story', 'blog-post', 'cookie-comments', 'listicle', 'labelled-sections'].map(
        (n) => `test/golden/fixtures/${n}.txt`,
      ),
    ].map((p, i) => JSON.stringify({ id: `doc-${i}`, text: readFileSync(p, 'utf8'), refDate: '2026-11-28' }));
    docs.splice(3, 0, '{broken');
    const args = ['parse', '--input-format', 'jsonl', '--format', 'ndjson'];
    const whole = run(args, { input: `${docs.join('\n')}\n` });
    const parts = [docs.slice(0, 2), docs.slice(2, 5), docs.slice(5)].map((chunk) =>
      run(args, { input: `${chunk.join('\n')}\n` }),
    );
    expect(lines(whole.stdout)).toHaveLength(docs.length);
    // Only a bad line's number is local to its part (the second line of the second part).
    expect(parts.map((p) => p.stdout).join('')).toBe(
      whole.stdout.replace('"id":"line:4"', '"id":"line:2"').replace('line 4:', 'line 2:'),
    );
  });
});
