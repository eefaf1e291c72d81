#!/usr/bin/env node
// npm run eval:train: what the post-model rules do on pages the dev sets never showed. Parses the
// 2,904 training pages (../shared/train/article-body-train.jsonl, read in place) with the CLI and
// prints, beside nothing to aim at, two yardsticks every general rule is checked on first:
//   - body F1 per source, with the shared scorer (score.mjs body). The body model was trained on
//     these pages, so the figure says what a rule after the model changes, not how the model
//     generalises (the cross-validation `npm run train` prints says that);
//   - title right on the news pages whose gold body starts with the headline (the irdata pages:
//     "a headline line, then the article", ARTICLE-BODY.md), compared after folding case,
//     quotes and punctuation. The headline there is the publisher's, so a page that prints
//     another wording of it counts wrong: read it as a floor;
//   - the published day on the pages whose address gives one ("/2017/03/14/").
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evalDir, needFiles, readJsonl, root, trainDir } from './shared-data.mjs';

const pagesFile = join(trainDir, 'article-body-train.jsonl');
needFiles('eval:train', [pagesFile, join(evalDir, 'score.mjs')]);
const tmp = mkdtempSync(join(tmpdir(), 'briefcli-eval-train-'));

const started = Date.now();
const r = spawnSync(
  process.execPath,
  [join(root, 'bin', 'briefcli'), 'parse', '--input-format', 'jsonl', '--format', 'ndjson', '--quiet'],
  { input: readFileSync(pagesFile), maxBuffer: 1 << 30 },
);
if (r.status !== 0) console.error(`eval:train: briefcli exited ${r.status}: ${r.stderr.toString().split('\n')[0]}`);
const seconds = (Date.now() - started) / 1000;
const pages = readJsonl(pagesFile);
const records = new Map(
  r.stdout
    .toString()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .map((rec) => [rec.id, rec]),
);

// Body F1, all pages and per source, each scored by the shared scorer on its own subset.
const sourceOf = (id) => id.replace(/-.*$/, '');
const sources = ['all', ...new Set(pages.map((p) => sourceOf(p.id)))];
console.log(`${pages.length} training pages parsed in ${seconds.toFixed(0)} s\n`);
console.log('| source | pages | body F1 (P / R) |\n|---|---|---|');
for (const source of sources) {
  const subset = pages.filter((p) => source === 'all' || sourceOf(p.id) === source);
  const gold = join(tmp, `${source}.jsonl`);
  const pred = join(tmp, `${source}.ndjson`);
  writeFileSync(gold, subset.map((p) => JSON.stringify({ id: p.id, text: p.text, body: p.body })).join('\n'));
  writeFileSync(pred, subset.map((p) => JSON.stringify(records.get(p.id) ?? { id: p.id, body: '' })).join('\n'));
  const line = execFileSync(process.execPath, [join(evalDir, 'score.mjs'), 'body', gold, pred], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .at(-1);
  const f = (k) => Number((new RegExp(`\\b${k}=([0-9.]+)`).exec(line) ?? [])[1]).toFixed(3);
  console.log(`| ${source} | ${subset.length} | ${f('f1')} (${f('precision')} / ${f('recall')}) |`);
}

// Titles on the pages whose gold opens with the headline.
const fold = (s) =>
  (s ?? '')
    .toLowerCase()
    .replace(/[‘’“”"']/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
let n = 0;
let right = 0;
let filled = 0;
for (const p of pages.filter((q) => sourceOf(q.id) === 'irdata')) {
  const headline = fold(p.body.split('\n')[0]);
  if (!headline) continue;
  const title = records.get(p.id)?.title;
  n++;
  if (title) filled++;
  if (fold(title) === headline) right++;
}
console.log(
  `\ntitle right on ${n} news pages (gold opens with the headline): ${(right / n).toFixed(3)}, filled ${(filled / n).toFixed(3)}`,
);

// Published dates on the pages whose address carries the day ("/2017/03/14/"): a page's own date
// against the one its site filed it under, which is a day off now and then (time zones).
const urlDay = (url) => {
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/._-]|$)/.exec(url ?? '');
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
};
// The reference date relative dates were read against, on the same pages: within a week of the
// address's day, and how many fell back to today.
let dated = 0;
let given = 0;
let sameDay = 0;
let nearRef = 0;
let todayRef = 0;
for (const p of pages) {
  const day = urlDay(p.url);
  if (!day || Number.isNaN(Date.parse(day))) continue;
  dated++;
  const { published, refDate } = records.get(p.id) ?? {};
  if (refDate && Math.abs(Date.parse(refDate.value) - Date.parse(day)) <= 7 * 864e5) nearRef++;
  if (refDate?.source === 'today') todayRef++;
  if (!published) continue;
  given++;
  if (published.slice(0, 10) === day) sameDay++;
}
console.log(
  `published on ${dated} pages whose address gives the day: filled ${(given / dated).toFixed(3)}, the same day when filled ${(sameDay / given).toFixed(3)}`,
);
console.log(
  `reference date on the same pages: within a week of the address's day ${(nearRef / dated).toFixed(3)}, today ${(todayRef / dated).toFixed(3)}`,
);
rmSync(tmp, { recursive: true, force: true });
