#!/usr/bin/env node
// npm run eval: every accuracy figure of briefcli on the shared dev sets, measured now with the
// shared scorers, each next to its goal. The files are read where they are, never copied into
// the project. Unseen documents (the held-out halves) are scored elsewhere and decide the issues.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const evalDir = resolve(process.env.BRIEFCLI_EVAL_DIR ?? join(root, '..', 'shared', 'eval'));
if (!existsSync(join(evalDir, 'score.mjs'))) {
  console.error(`eval: no dev sets at ${evalDir} (set BRIEFCLI_EVAL_DIR)`);
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), 'briefcli-eval-'));
const bin = join(root, 'bin', 'briefcli');

/** Parses one dev set with the CLI, as a user would: records as NDJSON. */
function predict(set) {
  const out = join(tmp, `${set}.ndjson`);
  const r = spawnSync(process.execPath, [bin, 'parse', '--input-format', 'jsonl', '--format', 'ndjson', '--quiet'], {
    input: readFileSync(join(evalDir, `${set}.jsonl`)),
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0)
    console.error(`eval: briefcli exited ${r.status} on ${set}: ${r.stderr.toString().split('\n')[0]}`);
  writeFileSync(out, r.stdout);
  return out;
}
const run = (script, args) =>
  execFileSync(process.execPath, [join(evalDir, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    .trim()
    .split('\n')
    .at(-1);
const field = (line, key) => Number((new RegExp(`\\b${key}=([0-9.]+)`).exec(line) ?? [])[1]);

const rows = [];
const row = (set, measure, value, goal) => rows.push({ set, measure, value, goal, met: value >= goal });

// Article body, from text and from HTML.
const bodyText = predict('article-body-dev');
const bodyHtml = predict('article-body-html-dev');
const b1 = run('score.mjs', ['body', join(evalDir, 'article-body-dev.jsonl'), bodyText]);
const b2 = run('score.mjs', ['body', join(evalDir, 'article-body-html-dev.jsonl'), bodyHtml]);
row('91 pages, text', 'body F1', field(b1, 'f1'), 0.955);
row('91 pages, HTML', 'body F1', field(b2, 'f1'), 0.96);

// Fields as the publishers declared them.
for (const [name, pred, goals] of [
  ['91 pages, text', bodyText, { title_acc: 0.95, authors_f1: 0.85, published_acc: 0.85, publisher_acc: 0.8 }],
  ['91 pages, HTML', bodyHtml, { title_acc: 0.97, authors_f1: 0.9, published_acc: 0.95, publisher_acc: 0.9 }],
]) {
  const line = run('score-fields.mjs', [join(evalDir, 'fields-dev.jsonl'), pred]);
  for (const [k, g] of Object.entries(goals)) row(name, k.replace('_acc', '').replace('_f1', ' F1'), field(line, k), g);
}

// Names.
const ents = run('score.mjs', ['entities', join(evalDir, 'entities-dev.jsonl'), predict('entities-dev')]);
row('news text (entities-dev)', 'relaxed F1', field(ents, 'relaxed_f1'), 0.9);
row('news text (entities-dev)', 'strict F1', field(ents, 'strict_f1'), 0.85);
for (const [t, g] of [
  ['PERSON', 0.93],
  ['PLACE', 0.9],
  ['ORG', 0.82],
])
  row('news text (entities-dev)', `${t} relaxed F1`, field(ents, t), g);
const web = run('score.mjs', ['entities', join(evalDir, 'entities-web-dev.jsonl'), predict('entities-web-dev')]);
row('whole pages (entities-web-dev)', 'relaxed F1', field(web, 'relaxed_f1'), 0.85);

// Dates.
const timex = predict('timex-dev');
const dates = run('score.mjs', ['dates', join(evalDir, 'timex-dev.jsonl'), timex]);
row('timex-dev', 'value F1', field(dates, 'value_f1'), 0.85);
row('timex-dev', 'relaxed F1', field(dates, 'relaxed_f1'), 0.9);
// All four types, TempEval-3 style (our scorer): the goal is HeidelTime's published 0.776.
const timex3 = execFileSync(
  process.execPath,
  [join(root, 'scripts', 'score-timex3.mjs'), join(evalDir, 'timex-dev.jsonl'), timex],
  {
    encoding: 'utf8',
  },
).trim();
row('timex-dev, all four types', 'value F1 (TempEval-3 style)', field(timex3, 'value_f1'), 0.776);

// Officials and countries.
const off = run('score-officials.mjs', [join(evalDir, 'officials-dev.jsonl'), predict('officials-dev')]);
row('officials-dev', 'officials F1', field(off, 'f1'), 0.85);
row('officials-dev', 'country right (matched)', field(off, 'country_acc'), 0.85);
row('officials-dev', 'organisation right (matched)', field(off, 'org_acc'), 0.85);
row('officials-dev', 'countries F1', field(off, 'countries_f1'), 0.95);

console.log('| set | measure | result | goal | |\n|---|---|---|---|---|');
for (const r of rows)
  console.log(`| ${r.set} | ${r.measure} | ${r.value.toFixed(3)} | ${r.goal} | ${r.met ? 'met' : 'not met'} |`);
for (const [name, line] of [
  ['body (text)', b1],
  ['body (HTML)', b2],
  ['entities', ents],
  ['entities (whole pages)', web],
  ['dates', dates],
  ['dates, all four types', timex3],
  ['officials', off],
])
  console.log(`\n${name}: ${line}`);
rmSync(tmp, { recursive: true, force: true });
