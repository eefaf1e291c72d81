#!/usr/bin/env node
// npm run eval: every accuracy figure of briefcli on the shared dev benchmarks, measured now with
// the shared scorer (../shared/eval/score.mjs), next to the published anchors and the goals.
// The benchmark files are read where they are, never copied into the project.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const evalDir = resolve(process.env.BRIEFCLI_EVAL_DIR ?? join(root, '..', 'shared', 'eval'));
if (!existsSync(join(evalDir, 'score.mjs'))) {
  console.error(`eval: no benchmarks at ${evalDir} (set BRIEFCLI_EVAL_DIR)`);
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), 'briefcli-eval-'));
const bin = join(root, 'bin', 'briefcli');

function predict(set) {
  const out = join(tmp, `${set}.ndjson`);
  const r = spawnSync(process.execPath, [bin, 'parse', '--input-format', 'jsonl', '--format', 'ndjson'], {
    input: readFileSync(join(evalDir, `${set}.jsonl`)),
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0)
    console.error(`eval: briefcli exited ${r.status} on ${set}: ${r.stderr.toString().split('\n')[0]}`);
  writeFileSync(out, r.stdout);
  return out;
}
function score(mode, set, pred) {
  return execFileSync(process.execPath, [join(evalDir, 'score.mjs'), mode, join(evalDir, `${set}.jsonl`), pred], {
    encoding: 'utf8',
  }).trim();
}
const field = (line, key) => Number((new RegExp(`${key}=([0-9.]+)`).exec(line) ?? [])[1]);

// --- article body -------------------------------------------------------------------------
const body = predict('article-body-dev');
const bodyLine = score('body', 'article-body-dev', body);
console.log('## Article body (article-body-dev.jsonl, 91 pages, word 4-gram shingle F1)\n');
console.log('| system (input) | F1 |\n|---|---|');
for (const [name, f] of [
  ['whole page text, nothing removed', 0.659],
  ['jusText (HTML)', 0.807],
  ['boilerpipe (HTML)', 0.861],
  ['readability-lxml (HTML)', 0.919],
  ['Readability.js (HTML)', 0.95],
  ['trafilatura 2.0 (HTML)', 0.963],
])
  console.log(`| ${name} | ${f.toFixed(3)} |`);
console.log(
  `| **briefcli (text only)** | **${field(bodyLine, 'f1').toFixed(3)}** (precision ${field(bodyLine, 'precision').toFixed(3)}, recall ${field(bodyLine, 'recall').toFixed(3)}) |`,
);
console.log(`\n${bodyLine}   [goal: f1 >= 0.95, precision and recall >= 0.93]\n`);
const bodyRun = goldAndPred('article-body-dev', body);
worstPages(bodyRun);
fieldFill(bodyRun);

// --- entities -----------------------------------------------------------------------------
const ents = predict('entities-dev');
const entLines = score('entities', 'entities-dev', ents).split('\n');
const last = entLines[entLines.length - 1];
console.log('\n## Entities (entities-dev.jsonl, relaxed F1: same type, overlapping span)\n');
console.log('| type | compromise alone | briefcli | goal |\n|---|---|---|---|');
const anchors = { PERSON: [0.696, 0.9], PLACE: [0.752, 0.88], ORG: [0.444, 0.75] };
for (const t of ['PERSON', 'PLACE', 'ORG'])
  console.log(`| ${t} | ${anchors[t][0].toFixed(3)} | ${field(last, t).toFixed(3)} | >= ${anchors[t][1].toFixed(2)} |`);
console.log(
  `| all | 0.655 (strict 0.503) | ${field(last, 'relaxed_f1').toFixed(3)} (strict ${field(last, 'strict_f1').toFixed(3)}) | >= 0.85 (strict >= 0.75) |`,
);
console.log(`\n${entLines.join('\n')}\n`);

// --- dates --------------------------------------------------------------------------------
const dates = predict('timex-dev');
const dateLine = score('dates', 'timex-dev', dates);
// Fields against the gold titles and document dates of the entity and timex sets.
fieldPrecision([
  ['entities-dev', ents],
  ['timex-dev', dates],
]);
console.log('## Dates (timex-dev.jsonl, TimeBank + AQUAINT)\n');
console.log('| system | relaxed F1 | value F1 |\n|---|---|---|');
console.log('| chrono-node, measured on these documents | 0.792 | 0.505 |');
console.log('| SUTime, TempEval-3 test (published) | 0.903 | 0.674 |');
console.log('| HeidelTime, TempEval-3 test (published) | 0.903 | 0.776 |');
console.log(
  `| **briefcli** | **${field(dateLine, 'relaxed_f1').toFixed(3)}** | **${field(dateLine, 'value_f1').toFixed(3)}** |`,
);
console.log(`\n${dateLine}   [goal: relaxed_f1 >= 0.90, value_f1 >= 0.80]`);

function shingles(s) {
  const t = (s || '').match(/[\p{L}\p{N}_]+/gu) || [];
  const m = new Map();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const k = t.slice(i, i + 4).join('\u0001');
    if (k) m.set(k, (m.get(k) || 0) + 1);
  }
  return m;
}
function pageF1(gold, pred) {
  const a = shingles(gold),
    b = shingles(pred);
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) || 0,
      y = b.get(k) || 0;
    tp += Math.min(x, y);
    fp += Math.max(0, y - x);
    fn += Math.max(0, x - y);
  }
  const p = tp + fp ? tp / (tp + fp) : 0,
    r = tp + fn ? tp / (tp + fn) : 0;
  return { f: p + r ? (2 * p * r) / (p + r) : 0, p, r };
}
function readNd(p) {
  return readFileSync(p, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}
/** A set's gold documents, and briefcli's records by id. */
function goldAndPred(set, predPath) {
  return { gold: readNd(join(evalDir, `${set}.jsonl`)), pred: new Map(readNd(predPath).map((r) => [String(r.id), r])) };
}
function worstPages({ gold, pred }) {
  const rows = gold
    .map((g) => ({ id: g.id, url: g.url, ...pageF1(g.body, pred.get(g.id)?.body) }))
    .sort((a, b) => a.f - b.f)
    .slice(0, 10);
  console.log('Ten worst pages (per-page F1, precision, recall):\n');
  console.log('| page | F1 | P | R | url |\n|---|---|---|---|---|');
  for (const r of rows)
    console.log(`| ${r.id} | ${r.f.toFixed(3)} | ${r.p.toFixed(3)} | ${r.r.toFixed(3)} | ${r.url} |`);
}
function fieldFill({ gold, pred }) {
  const n = gold.length;
  const filled = (k) =>
    gold.filter((g) => {
      const v = pred.get(g.id)?.[k];
      return v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && !v.length);
    }).length;
  console.log('\nFields on these pages (filled; and right, where the page URL settles it):\n');
  console.log('| field | filled | checked against the URL | right |\n|---|---|---|---|');
  // A URL with /2019/11/19/ states the publication date; a slug of words states the title.
  let dated = 0,
    dateRight = 0,
    slugged = 0,
    titleRight = 0;
  for (const g of gold) {
    const r = pred.get(g.id);
    const d = /\/(20\d{2}|19\d{2})[/-](\d{2})[/-](\d{2})(?:\/|$)/.exec(g.url);
    if (d && r?.published) {
      dated++;
      if (r.published === `${d[1]}-${d[2]}-${d[3]}`) dateRight++;
    }
    const slug = (
      g.url
        .replace(/[?#].*$/, '')
        .split('/')
        .filter(Boolean)
        .pop() ?? ''
    )
      .replace(/\.\w+$/, '')
      .toLowerCase()
      .split(/[-_]+/)
      .filter((w) => /^[a-z]{3,}$/.test(w));
    if (slug.length >= 4 && r?.title) {
      slugged++;
      const words = new Set(r.title.toLowerCase().match(/[a-z]+/g) ?? []);
      if (slug.filter((w) => words.has(w)).length / slug.length >= 0.6) titleRight++;
    }
  }
  const pct = (a, b) => (b ? `${a}/${b} (${((100 * a) / b).toFixed(0)}%)` : '-');
  console.log(`| title | ${filled('title')}/${n} | ${slugged} (slug of 4+ words) | ${pct(titleRight, slugged)} |`);
  console.log(`| published | ${filled('published')}/${n} | ${dated} (date in the URL) | ${pct(dateRight, dated)} |`);
  for (const k of ['byline', 'authors', 'publisher', 'summary', 'agency', 'dateline'])
    console.log(`| ${k} | ${filled(k)}/${n} | - | - |`);
}

/**
 * Title and publication date against the gold `title` and `dct` of the entity and timex sets
 * (news documents with their headline and date): how often a field is filled, and how often what
 * is kept is right. This is what --min-confidence's default is checked against.
 */
function fieldPrecision(sets) {
  const norm = (x) => (x || '').replace(/\s+/g, ' ').trim().toLowerCase();
  const fieldStats = { title: [0, 0, 0], published: [0, 0, 0] };
  for (const [set, out] of sets) {
    const { gold, pred } = goldAndPred(set, out);
    for (const g of gold) {
      const r = pred.get(String(g.id));
      if (g.title) {
        fieldStats.title[2]++;
        if (r?.title) {
          fieldStats.title[1]++;
          if (norm(r.title) === norm(g.title)) fieldStats.title[0]++;
        }
      }
      if (g.dct) {
        fieldStats.published[2]++;
        if (r?.published) {
          fieldStats.published[1]++;
          if (r.published === g.dct) fieldStats.published[0]++;
        }
      }
    }
  }
  console.log('\n## Title and publication date (gold headlines and document dates of the entity and timex sets)\n');
  console.log('| field | documents with gold | filled | right when filled (precision) | goal |\n|---|---|---|---|---|');
  for (const [k, [ok, kept, all]] of Object.entries(fieldStats))
    console.log(
      `| ${k} | ${all} | ${kept} | ${kept ? (ok / kept).toFixed(3) : '-'} (${ok}/${kept}) | precision >= 0.95 at the default --min-confidence |`,
    );
}
