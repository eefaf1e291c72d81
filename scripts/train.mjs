#!/usr/bin/env node
// npm run train: learns the models from ../shared/train (read where it is, never copied) and
// writes them to models/. Deterministic: a fixed seed, the same files in, the same bytes out.
//
//   node scripts/train.mjs [--only body|clusters|names] [--pages N] [--trees N] [--folds source|N]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const trainDir = resolve(process.env.BRIEFCLI_TRAIN_DIR ?? join(root, '..', 'shared', 'train'));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const only = arg('only', null);
const limit = Number(arg('pages', Infinity));
const trees = arg('trees', null);
const folds = arg('folds', 'source');
if (!existsSync(trainDir)) {
  console.error(`train: no training data at ${trainDir} (set BRIEFCLI_TRAIN_DIR)`);
  process.exit(2);
}
const readJsonl = (name) =>
  readFileSync(join(trainDir, name), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
mkdirSync(join(root, 'models'), { recursive: true });
const log = (s) => console.error(s);
// Every nth item when a smaller run is asked for (--pages), so each source keeps its share.
const sample = (list) => {
  const step = Number.isFinite(limit) ? Math.max(1, Math.floor(list.length / limit)) : 1;
  return list.filter((_, i) => i % step === 0);
};
const pct = (x) => x.toFixed(3);

if (!only || only === 'body') {
  const { trainBodyModel } = await import('../dist/train/body.js');
  const pages = sample(readJsonl('article-body-train.jsonl'));
  const t0 = Date.now();
  const report = trainBodyModel(
    pages,
    trees ? { trees: Number(trees) } : {},
    log,
    folds === 'source' ? 'source' : Number(folds),
  );
  writeFileSync(join(root, 'models', 'body.json'), `${report.json}\n`);
  console.log(`## Body model (${pages.length} pages, ${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  console.log('Cross-validation by source: each source scored by a model trained without it.\n');
  console.log('| source held out | pages | model F1 (P / R) | rules F1 (P / R) |\n|---|---|---|---|');
  for (const r of report.crossValidation)
    console.log(
      `| ${r.source} | ${r.pages} | ${pct(r.model.f1)} (${pct(r.model.precision)} / ${pct(r.model.recall)}) | ${pct(r.rules.f1)} (${pct(r.rules.precision)} / ${pct(r.rules.recall)}) |`,
    );
}

if (!only || only === 'clusters') {
  // Word clusters from the unlabelled text of every training file (the pages with their menus,
  // and the name documents), tokenised as the tagger tokenises: the name tagger reads them next.
  const { learnClusters, clustersText } = await import('../dist/learn/clusters.js');
  const { sequencesOfText } = await import('../dist/entities/tagger/clusters.js');
  const texts = ['article-body-train.jsonl', 'entities-train.jsonl'].flatMap((f) => readJsonl(f).map((d) => d.text));
  const t0 = Date.now();
  const paths = learnClusters(
    (function* () {
      for (const t of texts) yield* sequencesOfText(t);
    })(),
    {},
    log,
  );
  writeFileSync(join(root, 'models', 'clusters.txt'), `${clustersText(paths)}\n`);
  console.log(`\n## Word clusters (${paths.size} words, ${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
}

if (!only || only === 'names') {
  // The tagger reads the clusters just written, not those read before.
  (await import('../dist/entities/tagger/clusters.js')).reloadClusters();
  if (!existsSync(join(root, 'models', 'clusters.txt')))
    log('train: no models/clusters.txt (run --only clusters first): the tagger learns without word clusters');
  const { trainNameModel } = await import('../dist/train/names.js');
  // GUM's non-commercial genres are left out of the file already (see its README).
  const chosen = sample(readJsonl('entities-train.jsonl'));
  const t0 = Date.now();
  const epochs = arg('epochs', null);
  const report = trainNameModel(chosen, epochs ? { epochs: Number(epochs) } : {}, log);
  writeFileSync(join(root, 'models', 'names.bin'), report.bytes);
  console.log(
    `\n## Name tagger (${chosen.length} documents, ${report.features} features, ${((Date.now() - t0) / 1000).toFixed(0)} s)\n`,
  );
  console.log('5-fold cross-validation over the training documents (relaxed: same type, overlapping span).\n');
  console.log('| | PERSON | PLACE | ORG | all |\n|---|---|---|---|---|');
  for (const kind of ['relaxed', 'strict'])
    console.log(
      `| ${kind} | ${['PERSON', 'PLACE', 'ORG', 'all'].map((t) => pct(report.crossValidation[kind][t])).join(' | ')} |`,
    );
}
