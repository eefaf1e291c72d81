#!/usr/bin/env node
// npm run bench: speed and memory of briefcli, each figure next to its goal, measured in this run
// on this machine so that the ratios hold on a noisy machine. Wall times are medians.
//
//   node scripts/bench.mjs            all cases, corpus of 10,000 articles
//   node scripts/bench.mjs --quick    the same with a corpus of 1,000 (for development)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const evalDir = resolve(process.env.BRIEFCLI_EVAL_DIR ?? join(root, '..', 'shared', 'eval'));
const pagesDir = join(evalDir, 'article-body', 'pages');
const bin = join(root, 'bin', 'briefcli');
const seed = join(root, 'seeds', '000_2f1daade97a33bef.txt');
const quick = process.argv.includes('--quick');
const big = quick ? 1000 : 10000;
const hasTime = existsSync('/usr/bin/time');
if (!existsSync(pagesDir)) {
  console.error(`bench: no pages at ${pagesDir} (set BRIEFCLI_EVAL_DIR)`);
  process.exit(2);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const fmt = (x, d = 2) => x.toFixed(d);

/**
 * Runs a command to the end: wall seconds, seconds until its first output, and peak RSS in MB
 * (from GNU time when present).
 */
function run(cmd, args, { input } = {}) {
  const [exe, argv] = hasTime ? ['/usr/bin/time', ['-f', '%M', cmd, ...args]] : [cmd, args];
  return new Promise((done, fail) => {
    const t0 = process.hrtime.bigint();
    const since = () => Number(process.hrtime.bigint() - t0) / 1e9;
    const child = spawn(exe, argv, { stdio: ['pipe', 'pipe', 'pipe'] });
    let first = null;
    let err = '';
    child.stdout.on('data', () => {
      first ??= since();
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
    child.on('close', (code) => {
      const secs = since();
      if (code !== 0 && code !== 1) return fail(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${err}`));
      done({ secs, first, rss: hasTime ? Number(err.trim().split('\n').pop()) / 1024 : NaN });
    });
  });
}

const rows = [];
const row = (what, value, goal, ok) => {
  rows.push({ what, value, goal, ok });
  console.log(`${ok ? 'ok  ' : 'MISS'} ${what}: ${value}   [goal: ${goal}]`);
};

// 1. Cold start, alternating with `node -e 0` so both see the same machine.
{
  const base = [],
    ours = [];
  for (let i = 0; i < 11; i++) {
    base.push((await run(process.execPath, ['-e', '0'])).secs);
    ours.push((await run(process.execPath, [bin, 'parse', seed])).secs);
  }
  const ratio = median(ours) / median(base);
  row(
    'cold start, parse seed (median of 11)',
    `${fmt(median(ours))} s = ${fmt(ratio, 1)}x node -e 0 (${fmt(median(base))} s)`,
    '<= 2.5x node -e 0',
    ratio <= 2.5,
  );
}

// 2. Throughput on the 91 pages, against plain compromise over the same pages in the same run.
{
  const script = join(root, 'node_modules', '.bench-compromise.mjs');
  writeFileSync(
    script,
    `import nlp from 'compromise';\nimport { readdirSync, readFileSync } from 'node:fs';\nconst dir = process.argv[2];\nlet n = 0;\nfor (const f of readdirSync(dir).sort()) { const doc = nlp(readFileSync(dir + '/' + f, 'utf8')); n += doc.people().length + doc.places().length + doc.organizations().length; }\nconsole.log(n);\n`,
  );
  const theirs = [],
    ours = [];
  let rss = 0;
  for (let i = 0; i < 3; i++) {
    theirs.push((await run(process.execPath, [script, pagesDir])).secs);
    const r = await run(process.execPath, [bin, 'parse', pagesDir, '--format', 'ndjson', '--quiet']);
    ours.push(r.secs);
    rss = Math.max(rss, r.rss);
  }
  rmSync(script);
  const ratio = median(ours) / median(theirs);
  const mb = readdirSync(pagesDir).reduce((n, f) => n + readFileSync(join(pagesDir, f)).length, 0) / 1e6;
  row(
    '91 pages, full pipeline (median of 3)',
    `${fmt(median(ours))} s, ${fmt(mb / median(ours))} MB/s, peak RSS ${fmt(rss, 0)} MB = ${fmt(ratio)}x plain compromise (${fmt(median(theirs))} s)`,
    '<= 0.15x plain compromise',
    ratio <= 0.15,
  );
}

// 2b. The same 91 pages as HTML, against the text path in the same run.
{
  const html = join(evalDir, 'article-body-html-dev.jsonl');
  const text = join(evalDir, 'article-body-dev.jsonl');
  if (existsSync(html) && existsSync(text)) {
    const t = [],
      h = [];
    for (let i = 0; i < 3; i++) {
      t.push(
        (
          await run(process.execPath, [bin, 'parse', '--input-format', 'jsonl', '--format', 'ndjson', '--quiet'], {
            input: readFileSync(text),
          })
        ).secs,
      );
      h.push(
        (
          await run(process.execPath, [bin, 'parse', '--input-format', 'jsonl', '--format', 'ndjson', '--quiet'], {
            input: readFileSync(html),
          })
        ).secs,
      );
    }
    const ratio = median(h) / median(t);
    row(
      '91 pages as HTML (median of 3)',
      `${fmt(median(h))} s = ${fmt(ratio)}x the text path (${fmt(median(t))} s)`,
      '<= 2x the text path',
      ratio <= 2,
    );
  }
}

// 2c. One long document: 5 MB of prose against 1 MB of the same prose.
{
  const tmp = mkdtempSync(join(tmpdir(), 'briefcli-long-'));
  const prose = readdirSync(pagesDir)
    .sort()
    .map((f) => readFileSync(join(pagesDir, f), 'utf8'))
    .join('\n\n');
  const sized = (mb) => {
    let text = '';
    while (text.length < mb * 1e6) text += `${prose}\n\n`;
    const path = join(tmp, `${mb}mb.txt`);
    writeFileSync(path, text.slice(0, mb * 1e6));
    return path;
  };
  const args = (path) => [bin, 'parse', path, '--max-bytes', '10MB', '--doc-timeout', '600000', '--fields', 'stats'];
  const one = await run(process.execPath, args(sized(1)));
  const five = await run(process.execPath, args(sized(5)));
  const ratio = five.secs / one.secs;
  row(
    '5 MB of prose in one document',
    `${fmt(five.secs, 1)} s, ${fmt(five.rss, 0)} MB = ${fmt(ratio, 1)}x 1 MB (${fmt(one.secs, 1)} s)`,
    '<= 6x 1 MB',
    ratio <= 6,
  );
  rmSync(tmp, { recursive: true, force: true });
}

// 3. Scale: a corpus built from the dev pages, as files and as a JSONL stream, at two sizes.
{
  const pages = readdirSync(pagesDir)
    .sort()
    .map((f) => readFileSync(join(pagesDir, f), 'utf8'));
  const tmp = mkdtempSync(join(tmpdir(), 'briefcli-bench-'));
  const build = (n) => {
    const dir = join(tmp, `files-${n}`);
    const jsonl = join(tmp, `corpus-${n}.jsonl`);
    const lines = [];
    for (let i = 0; i < n; i++) {
      const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
      if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
      // Each copy differs a little (a number in its first line), as re-scraped pages do.
      const text = `${pages[i % pages.length]}\n\nArchive copy ${i}.`;
      writeFileSync(join(sub, `${String(i).padStart(6, '0')}.txt`), text);
      lines.push(JSON.stringify({ id: `doc-${i}`, text }));
    }
    writeFileSync(jsonl, `${lines.join('\n')}\n`);
    return { dir, jsonl };
  };
  const small = Math.round(big / 4);
  const sizes = [small, big];
  const results = {};
  for (const n of sizes) {
    const { dir, jsonl } = build(n);
    const files = await run(process.execPath, [bin, 'parse', dir, '--format', 'ndjson', '--quiet']);
    const stream = await run(
      process.execPath,
      [bin, 'parse', '--input-format', 'jsonl', '--format', 'ndjson', '--quiet'],
      { input: readFileSync(jsonl) },
    );
    results[n] = { files, stream };
    console.log(
      `     corpus ${n}: files ${fmt(files.secs, 1)} s (${fmt(n / files.secs, 0)}/s, ${fmt(files.rss, 0)} MB), JSONL ${fmt(stream.secs, 1)} s (${fmt(n / stream.secs, 0)}/s, ${fmt(stream.rss, 0)} MB)`,
    );
  }
  const growth = (k) => results[big][k].secs / results[small][k].secs / (big / small);
  for (const k of ['files', 'stream']) {
    const name = k === 'files' ? 'files' : 'JSONL stream';
    const g = growth(k);
    row(
      `${big} articles as ${name}: time growth per article vs ${small}`,
      `${fmt(g)} (1.00 = linear), ${fmt(results[big][k].secs, 1)} s, ${fmt(big / results[big][k].secs, 0)} articles/s`,
      'linear (<= 1.15)',
      g <= 1.15,
    );
    const rss = Math.max(results[small][k].rss, results[big][k].rss);
    row(
      `${big} articles as ${name}: peak RSS`,
      `${fmt(rss, 0)} MB (${fmt(results[small][k].rss, 0)} MB at ${small})`,
      '<= 300 MB, flat',
      rss <= 300,
    );
  }
  const t = results[big].stream;
  row(
    'first record of the stream',
    `after ${fmt(t.first)} s of ${fmt(t.secs, 1)} s`,
    'streams (first record < 5% of the run)',
    t.first < t.secs * 0.05,
  );
  rmSync(tmp, { recursive: true, force: true });
}

console.log('\n| measure | result | goal | |\n|---|---|---|---|');
for (const r of rows) console.log(`| ${r.what} | ${r.value} | ${r.goal} | ${r.ok ? 'met' : 'not met'} |`);
