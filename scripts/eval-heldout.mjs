#!/usr/bin/env node
// npm run eval:heldout: the whole pipeline on name documents its tagger never saw. The 1,306
// training documents (../shared/train/entities-train.jsonl, read in place) fall into five folds
// (document i in fold i mod 5); a name model is trained, as `npm run train` trains it, on the
// other four, and every document of the chosen fold is parsed with it and scored with the shared
// scorer (score.mjs entities). The tagger's own cross-validation (printed by `npm run train`)
// scores its spans alone; this one scores what a user gets: the body stage, the rules around the
// tagger and the refiners after it, on documents no rule or weight was fitted to. The word
// clusters stay those learnt from all training text, labels unread. The same records' dates are
// scored too: GUM's documents of other genres (biographies, textbooks) carry dated gold, a
// yardstick the date rules were never tuned on.
//
//   node scripts/eval-heldout.mjs [--fold K|all] [--keep FILE.ndjson]   (all: every document, ~8 min)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg, evalDir, needFiles, readJsonl, trainDir } from './shared-data.mjs';

const docsFile = join(trainDir, 'entities-train.jsonl');
needFiles('eval:heldout', [docsFile, join(evalDir, 'score.mjs')]);
const FOLDS = 5;
const which = arg('fold', '0');
const folds = which === 'all' ? [...Array(FOLDS).keys()] : [Number(which)];
const { trainNameModel } = await import('../dist/train/names.js');
const { decodeNameModel, useNameModel } = await import('../dist/entities/tagger/tagger.js');
const { parseArticle } = await import('../dist/index.js');

const docs = readJsonl(docsFile);
const t0 = Date.now();
const held = [];
const records = [];
for (const fold of folds) {
  const inFold = docs.filter((_, i) => i % FOLDS === fold);
  const report = trainNameModel(
    docs.filter((_, i) => i % FOLDS !== fold),
    {},
    (s) => console.error(s),
  );
  useNameModel(decodeNameModel(report.bytes));
  for (const d of inFold) records.push(parseArticle(d.text, { id: d.id, refDate: d.refDate }));
  held.push(...inFold);
}
const tmp = mkdtempSync(join(tmpdir(), 'briefcli-heldout-'));
const gold = join(tmp, 'gold.jsonl');
const pred = arg('keep', join(tmp, 'pred.ndjson'));
writeFileSync(gold, held.map((d) => JSON.stringify(d)).join('\n') + '\n');
writeFileSync(pred, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
const score = (mode) =>
  execFileSync(process.execPath, [join(evalDir, 'score.mjs'), mode, gold, pred], { encoding: 'utf8' }).trim();
const names = score('entities');
const dates = score('dates');
rmSync(gold);
if (!process.argv.includes('--keep')) rmSync(tmp, { recursive: true, force: true });
const named = which === 'all' ? `All ${FOLDS} folds` : `Fold ${Number(which) + 1} of ${FOLDS}`;
console.log(
  `${named}: ${held.length} documents, each tagged by a model trained on the other folds (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`,
);
console.log(names);
console.log(
  `\nDates, on the documents of GUM's other genres among them (their own conventions: no date for "now"):\n${dates}`,
);
