import { execSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
  truncateSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, cli, lines, run } from './helpers.js';

// Every bad input gets a one-line message naming it, a non-zero exit when something failed, and
// every other input still parsed. The CLI runs in this process, as the binary would; in a
// subprocess only where the process boundary is the point (standard input, signals, pipes).
const tmp = mkdtempSync(join(tmpdir(), 'briefcli-robust-'));
const file = (name: string, content: string | Buffer): string => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};
const article =
  'Quiet Streets in Lisbon\n\nThe mayor of Lisbon said on Friday that the city would close three streets to cars from next month.\n';
const json = (stdout: string): Record<string, unknown> => JSON.parse(stdout);
const isRoot = process.getuid?.() === 0;

describe('odd files', () => {
  it.each([
    ['empty file', ''],
    ['whitespace-only file', ' \n\t \n\n  '],
  ])('%s gives an empty record, not an error', async (_name, content) => {
    const r = await cli(['parse', file(`blank-${content.length}.txt`, content)]);
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toMatchObject({ title: null, body: '', paragraphs: [], mentions: [] });
  });

  it('a one-line file is parsed', async () => {
    const r = await cli(['parse', file('one.txt', 'Floods close schools across northern Italy')]);
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toMatchObject({ title: 'Floods close schools across northern Italy' });
  });

  it('a file over --max-bytes is refused with a message naming the option', async () => {
    const big = join(tmp, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024);
    const good = file('good.txt', article);
    const r = await cli(['parse', big, good, '--fields', 'title']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(/big\.txt: file is 52428800 bytes, over the limit of \d+ \(raise it with --max-bytes\)$/),
    ]);
    expect(lines(r.stdout).map((l) => JSON.parse(l).title)).toEqual([undefined, 'Quiet Streets in Lisbon']);
  });

  it('a 1 MB line without a newline is parsed', async () => {
    // The time budget is lifted: this asks whether a long line is handled, not how fast (npm run bench).
    const long = file('long.txt', 'The talks in Geneva went on late into the night. '.repeat(21000));
    const r = await cli(['parse', long, '--doc-timeout', '120000']);
    expect(r.code).toBe(0);
    expect((json(r.stdout).stats as { words: number }).words).toBeGreaterThan(180000);
  });
});

describe('binary files', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
  it('named directly: an error', async () => {
    const r = await cli(['parse', file('image.png', png)]);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/image\.png: binary file, not text$/)]);
  });
  it('found in a folder: skipped with "binary", the rest parsed, exit 0', async () => {
    const dir = join(tmp, 'mixed');
    mkdirSync(dir);
    // A file without an extension is read by default, and turns out to be binary.
    writeFileSync(join(dir, 'a-zip'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 8, 0]));
    writeFileSync(join(dir, 'b.txt'), article);
    const r = await cli(['parse', dir, '--fields', 'title']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/a-zip: skipped \(binary/);
    expect(lines(r.stdout)).toHaveLength(1);
  });
});

describe('encodings and line ends', () => {
  const title = async (args: string[]): Promise<unknown> => json((await cli(args)).stdout).title;
  it('UTF-8 with a BOM', async () => {
    expect(
      await title(['parse', file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article)]))]),
    ).toBe('Quiet Streets in Lisbon');
  });
  it('UTF-16 LE and BE with a BOM', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article, 'utf16le')]);
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
    expect(await title(['parse', file('le.txt', le)])).toBe('Quiet Streets in Lisbon');
    expect(await title(['parse', file('be.txt', be)])).toBe('Quiet Streets in Lisbon');
  });
  it('Windows-1252 is decoded, not mojibake', async () => {
    const r = await cli([
      'parse',
      file(
        'cp1252.txt',
        Buffer.from(
          'Caf\xe9 Culture in S\xe3o Paulo\n\nThe caf\xe9 owners said \x93business is good\x94 this year.\n',
          'latin1',
        ),
      ),
    ]);
    expect(json(r.stdout).title).toBe('Café Culture in São Paulo');
    expect(json(r.stdout).body).toContain('“business is good”');
  });
  it('invalid UTF-8 is replaced, with a warning', async () => {
    const r = await cli([
      'parse',
      file('bad-utf8.txt', Buffer.concat([Buffer.from(article), Buffer.from([0x81, 0xff, 0x81])])),
    ]);
    expect(r.code).toBe(0);
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(/bad-utf8\.txt: invalid UTF-8 bytes replaced with U\+FFFD$/),
    ]);
  });
  it('CRLF and lone CR line ends split lines, and offsets stay exact', async () => {
    for (const eol of ['\r\n', '\r']) {
      const text = article.replace(/\n/g, eol);
      const rec = json((await cli(['parse', file(`eol-${eol.length}.txt`, text)])).stdout) as {
        title: string;
        mentions: Array<{ start: number; end: number; text: string }>;
      };
      expect(rec.title).toBe('Quiet Streets in Lisbon');
      for (const m of rec.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe('paths', () => {
  it('names with spaces, newlines and non-ASCII letters', async () => {
    const names = ['with space.txt', 'new\nline.txt', 'Zürich – 東京.txt'];
    for (const n of names) writeFileSync(join(tmp, n), article);
    const r = await cli(['parse', ...names.map((n) => join(tmp, n)), '--fields', 'title']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((l) => JSON.parse(l).id)).toEqual(names.map((n) => join(tmp, n)));
  });
  it('a symlink loop while walking is not followed twice', async () => {
    const dir = join(tmp, 'loop');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'sub', 'a.txt'), article);
    symlinkSync(dir, join(dir, 'sub', 'back'));
    const r = await cli(['parse', dir, '--fields', 'title']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
    expect(r.stderr).toMatch(/same folder as .*, walked once/);
  });
  it('"-" given twice is an error for the second', () => {
    const r = run(['parse', '-', '-', '--fields', 'title'], { input: article });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^briefcli: -: standard input given more than once$/m);
  });
  it('a file that cannot be read is reported on one line and the batch goes on (works as root too)', async () => {
    // /proc/self/mem is a regular file that every read of fails (EIO), whoever runs the test.
    const good = file('ok.txt', article);
    const r = await cli(['parse', '/proc/self/mem', good, '--fields', 'title']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual(['briefcli: /proc/self/mem: i/o error']);
    expect(lines(r.stdout).map((l) => JSON.parse(l).title)).toEqual([undefined, 'Quiet Streets in Lisbon']);
  });
  it.skipIf(isRoot)('an unreadable file and folder are reported (permission bits do not bind root)', () => {
    const f = file('secret.txt', article);
    execSync(`chmod 000 '${f}'`);
    const r = run(['parse', f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/secret\.txt: permission denied/);
  });
});

describe('text that is not an article', () => {
  it.each([
    ['a CSV', 'id,name,price\n1,apple,0.50\n2,pear,0.70\n3,plum,0.20\n'],
    ['source code', 'import fs from "node:fs";\n\nconst x = fs.readFileSync("a");\nfunction f() { return x; }\n'],
    ['a list of links', 'https://example.com/a\nhttps://example.com/b\nhttps://example.com/c\n'],
  ])('%s gets no invented title', async (_name, content) => {
    const r = await cli(['parse', file(`na-${content.length}.txt`, content)]);
    expect(r.code).toBe(0);
    expect(json(r.stdout).title).toBeNull();
  });
  it('a non-English article says its language', async () => {
    const r = await cli([
      'parse',
      file(
        'de.txt',
        'Bundestag beschließt Gesetz\n\nDer Bundestag hat am Freitag das neue Gesetz beschlossen. Die ' +
          'Opposition kritisierte den Entwurf, der die Kosten für die Länder senken soll.\n',
      ),
    ]);
    expect(json(r.stdout)).toMatchObject({ language: 'de', title: 'Bundestag beschließt Gesetz' });
  });
});

describe('--out-dir', () => {
  const ids = ['../../etc/x', '/etc/passwd', 'nul\u0000byte', 'Case', 'case', 'x'.repeat(400)];
  it('keeps untrusted ids inside the folder, unique and short', () => {
    const out = join(tmp, 'out');
    const input = ids.map((id) => JSON.stringify({ id, text: article })).join('\n');
    const r = run(['parse', '--input-format', 'jsonl', '--out-dir', out], { input });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const all = execSync(`find '${out}' -type f`, { encoding: 'utf8' }).trim().split('\n').sort();
    expect(all).toHaveLength(ids.length);
    for (const p of all) {
      expect(p.startsWith(`${out}/`)).toBe(true);
      expect(p.split('/').pop()!.length).toBeLessThanOrEqual(125);
      expect(JSON.parse(readFileSync(p, 'utf8')).title).toBe('Quiet Streets in Lisbon');
    }
    expect(existsSync('/etc/x.json')).toBe(false);
    expect(new Set(all.map((p) => p.toLowerCase())).size).toBe(all.length);
    expect(readdirSync(out).some((n) => n.endsWith('.tmp'))).toBe(false);
  });
  it('mirrors the input tree', async () => {
    const src = join(tmp, 'tree');
    mkdirSync(join(src, 'a', 'b'), { recursive: true });
    writeFileSync(join(src, 'a', 'b', 'story.txt'), article);
    const out = join(tmp, 'tree-out');
    expect((await cli(['parse', src, '--out-dir', out])).code).toBe(0);
    expect(existsSync(join(out, 'a', 'b', 'story.json'))).toBe(true);
  });
  it('refuses a folder inside an input folder unless told', async () => {
    const src = join(tmp, 'tree');
    const r = await cli(['parse', src, '--out-dir', join(src, 'out')]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/is inside the input folder .* --allow-out-in-input/)]);
    expect(existsSync(join(src, 'out'))).toBe(false);
  });
  it('never follows a symlink inside the folder out of it', () => {
    const out = join(tmp, 'out-link');
    const outside = join(tmp, 'outside');
    mkdirSync(out);
    mkdirSync(outside);
    symlinkSync(outside, join(out, 'evil'));
    const r = run(['parse', '--input-format', 'jsonl', '--out-dir', out], {
      input: JSON.stringify({ id: 'evil/story', text: article }),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/refusing to follow the symlink/);
    expect(readdirSync(outside)).toEqual([]);
  });
});

describe('runaway input and closed pipes', () => {
  it('a document over its time budget becomes an error record, and the batch goes on', () => {
    const input = Array.from({ length: 6 }, (_, i) => JSON.stringify({ id: `d${i}`, text: article.repeat(400) })).join(
      '\n',
    );
    const r = run(['parse', '--input-format', 'jsonl', '--doc-timeout', '1', '--jobs', '2', '--fields', 'title'], {
      input,
    });
    expect(r.code).toBe(1);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['d0', 'd1', 'd2', 'd3', 'd4', 'd5']);
    expect(out.some((o) => /took longer than 1 ms \(raise --doc-timeout\)/.test(o.error ?? ''))).toBe(true);
  });
  it('ends quietly when the reader goes away', () => {
    const dir = join(tmp, 'many');
    mkdirSync(dir);
    for (let i = 0; i < 30; i++) writeFileSync(join(dir, `${i}.txt`), article);
    const out = execSync(`'${process.execPath}' '${bin}' parse '${dir}' | head -1; echo "status \${PIPESTATUS[0]}"`, {
      shell: '/bin/bash',
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(lines(out)).toHaveLength(2);
    expect(out).toMatch(/status 0/);
  });
  it.each([
    ['1 MB of "("', '('.repeat(1_000_000)],
    ['a 200,000-character token', 'a'.repeat(200_000)],
    ['100,000 blank lines', '\n'.repeat(100_000)],
    [
      '50,000 capitalised words on a line',
      Array.from({ length: 50_000 }, (_, i) => `Name${String.fromCharCode(65 + (i % 26))}`).join(' '),
    ],
    ['deeply repeated quotes and bullets', `${'“'.repeat(5000)}x${'”'.repeat(5000)}\n${'• '.repeat(20000)}\n`],
  ])('hostile text (%s) finishes with a record', async (_name, content) => {
    const r = await cli(['parse', file(`hostile-${content.length}.txt`, content), '--fields', 'title,stats']);
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toHaveProperty('stats');
  });
});

describe('writing safely', () => {
  it('never writes over an input file, even when told the folder may hold output', async () => {
    const dir = join(tmp, 'inplace');
    mkdirSync(dir);
    writeFileSync(join(dir, 'story.txt'), article);
    writeFileSync(
      join(dir, 'story.json'),
      'Notes Kept Here\n\nThis file is an input too, and must not be replaced by anything.\n',
    );
    const r = await cli(['parse', dir, '--ext', 'txt,json', '--out-dir', dir, '--allow-out-in-input', '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/would write over the input/);
    expect(readFileSync(join(dir, 'story.json'), 'utf8')).toMatch(/^Notes Kept Here/);
  });

  it('Ctrl-C ends a batch with whole records and status 130', async () => {
    const { spawn } = await import('node:child_process');
    const dir = join(tmp, 'interrupt');
    mkdirSync(dir);
    for (let i = 0; i < 400; i++) writeFileSync(join(dir, `${String(i).padStart(3, '0')}.txt`), article.repeat(20));
    const child = spawn(process.execPath, [bin, 'parse', dir, '--format', 'ndjson', '--jobs', '1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n') && !child.killed) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    const recs = lines(out);
    expect(recs.length).toBeGreaterThan(0);
    expect(recs.length).toBeLessThan(400);
    for (const l of recs) expect(() => JSON.parse(l)).not.toThrow();
  });
});
